using System.Globalization;
using Praktijkvoorbeelden.Site.Diagnostics;
using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Parse;
using Praktijkvoorbeelden.Site.Read;
using Praktijkvoorbeelden.Site.Scaffold;

namespace Praktijkvoorbeelden.Site.Reference;

/// <summary>
/// docs/sjabloon-voorbeeld.md: the file `new voorbeeld` writes, for contributors who copy the
/// template by hand. Made by the same code with the vocabularies of input/_data; a test keeps the
/// committed file equal to what this produces.
/// </summary>
public static class TemplatePage
{
    public const string RelativePath = "docs/sjabloon-voorbeeld.md";

    /// <summary>The date in 'bijgewerkt': the schema's example, so the committed file does not change every day.</summary>
    public static DateOnly Date { get; } = DateOnly.ParseExact(
        FrontMatterSchema.Voorbeeld.Single(f => f.Key == "bijgewerkt").Example, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Create(Vocabularies vocabularies) => VoorbeeldTemplate.Create(vocabularies, Date);

    /// <summary>The template for the repository at <paramref name="root"/>; a broken vocabulary file is reported in <paramref name="diagnostics"/>.</summary>
    public static string Create(string root, DiagnosticBag diagnostics)
    {
        var sources = SourceReader.Read(Path.Combine(root, "input"), Path.Combine(root, "theme"));
        return Create(VocabularyLoader.Load(sources.Data, diagnostics));
    }
}
