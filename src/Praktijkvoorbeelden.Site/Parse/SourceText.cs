using Praktijkvoorbeelden.Site.Diagnostics;
using Praktijkvoorbeelden.Site.Read;

namespace Praktijkvoorbeelden.Site.Parse;

/// <summary>The text of a Markdown file with one kind of line break, split into front matter and body.</summary>
internal static class SourceText
{
    /// <summary>
    /// False with a diagnostic when the file is not UTF-8. A null <paramref name="split"/> means the
    /// --- lines are missing; the caller reports that, or not, as it needs.
    /// </summary>
    public static bool TryRead(SourceFile file, DiagnosticBag diagnostics, out SplitDocument? split)
    {
        split = null;
        if (TextDecoder.Read(file, diagnostics) is not { } text)
        {
            return false;
        }

        // A lone CR (old Mac files, some copy and paste) ends a line in editors and in YAML; make
        // it a LF, so the --- lines are found and every line number means the same line.
        split = FrontMatterSplitter.Split(text.Replace('\r', '\n'));
        return true;
    }
}
