using System.Text.RegularExpressions;
using Praktijkvoorbeelden.Site.Diagnostics;

namespace Praktijkvoorbeelden.Site.Tests.Fuzz;

/// <summary>
/// What every diagnostic owes a contributor, whatever the input: the file it is about, a line
/// inside that file, and a message in Dutch (not a library's English text leaking through).
/// </summary>
internal static partial class DiagnosticRules
{
    // Words no Dutch message of ours uses, but the English texts of YamlDotNet and .NET do.
    private static readonly HashSet<string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "while", "expected", "found", "exception", "could", "cannot", "unexpected", "invalid", "object",
        "reference", "did", "does", "must", "should", "allowed", "error", "failed", "parsing", "scanning", "character",
    };

    private static readonly HashSet<string> Dutch = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "het", "een", "is", "moet", "mag", "niet", "geen", "van", "bij", "staat", "ontbreekt", "bestaat", "kan", "zijn",
        "dit", "deze", "dat", "sleutel", "bestand", "tekst", "lijst", "adres",
    };

    /// <param name="linkCheckMayNameOutput">
    /// Whole builds only. The link check runs on the written HTML and names the output file
    /// ("output/themas/x/index.html"), not the source file, and gives no line: a known gap of
    /// Verify/LinkVerifier, reported to its owner. A damaged heading in one file can break an
    /// anchor link in another, so such messages are allowed there, but must still be Dutch.
    /// </param>
    public static void AssertWellFormed(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyDictionary<string, int> lineCounts, bool linkCheckMayNameOutput = false)
    {
        foreach (var d in diagnostics)
        {
            if (linkCheckMayNameOutput && d.File.StartsWith("output/", StringComparison.Ordinal) && d.Message.StartsWith("Kapotte link", StringComparison.Ordinal))
            {
                Assert.True(LooksDutch(d.Message), $"Message is not Dutch: {d.Message}");
                continue;
            }

            Assert.True(lineCounts.ContainsKey(d.File), $"Diagnostic names a file that is not in the input: {d}");
            Assert.True(d.Line >= 1 && d.Line <= lineCounts[d.File], $"Line {d.Line} is not inside {d.File} ({lineCounts[d.File]} lines): {d}");
            Assert.True(LooksDutch(d.Message), $"Message is not Dutch: {d.Message}");
            Assert.True(d.Fix is null || !HasEnglish(d.Fix), $"Fix is not Dutch: {d.Fix}");
        }
    }

    /// <summary>A file the check could not turn into a document must have at least one error naming it.</summary>
    public static void AssertNotSilentlyDropped(CheckOutcome outcome, string relativePath)
    {
        if (!relativePath.EndsWith(".md", StringComparison.Ordinal))
        {
            return;
        }

        var display = "input/" + relativePath;
        var parsed = outcome.Content.Documents.Any(d => d.File.DisplayPath == display);
        var reported = outcome.Diagnostics.Any(d => d.Severity == Severity.Error && d.File == display);
        Assert.True(parsed || reported, $"{display} was dropped without an error");
    }

    public static bool LooksDutch(string message)
    {
        var words = Words(WithoutQuotedValue(message));
        return words.Any(Dutch.Contains) && !words.Any(English.Contains);
    }

    private static bool HasEnglish(string text) => Words(WithoutQuotedValue(text)).Any(English.Contains);

    /// <summary>Values the contributor wrote are quoted ('...'); they may be in any language.</summary>
    private static string WithoutQuotedValue(string message)
    {
        var first = message.IndexOf('\'', StringComparison.Ordinal);
        var last = message.LastIndexOf('\'');
        return first >= 0 && last > first ? message[..first] + message[(last + 1)..] : message;
    }

    private static string[] Words(string text) => [.. WordPattern().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();
}
