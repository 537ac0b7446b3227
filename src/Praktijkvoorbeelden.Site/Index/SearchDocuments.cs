using Praktijkvoorbeelden.Search;
using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Parse;
using Praktijkvoorbeelden.Site.Render;

namespace Praktijkvoorbeelden.Site.Index;

/// <summary>Turns voorbeelden into what the search index takes: plain text and facet slugs.</summary>
public static class SearchDocuments
{
    public static IReadOnlyList<SearchDocument> From(ContentSet content, IReadOnlyDictionary<Document, RenderedDocument> rendered) =>
        content.Voorbeelden.Select(v => new SearchDocument(
            Id: v.Slug,
            Url: v.Path,
            Title: v.Title,
            Summary: v.Summary ?? "",
            Body: rendered[v].PlainText,
            Themas: v.Themes,
            Gemeenten: v.Municipalities.Select(Slugs.From).ToList(),
            Doelgroepen: v.TargetGroups,
            Participatieniveau: v.ParticipationLevel,
            Werkvormen: v.WorkForms,
            Jaar: v.Year,
            Status: v.Status)).ToList();

    /// <summary>Facet labels, and the words of the collection's own vocabulary for the compound splitter.</summary>
    public static IndexVocabulary Vocabulary(ContentSet content)
    {
        var v = content.Vocabularies;
        IReadOnlyDictionary<string, string> Labels(string name) => v[name].Terms.ToDictionary(t => t.Slug, t => t.Label, StringComparer.Ordinal);
        var gemeenten = content.Voorbeelden.SelectMany(x => x.Municipalities).Distinct(StringComparer.Ordinal)
            .ToDictionary(Slugs.From, m => m, StringComparer.Ordinal);
        var labels = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal)
        {
            ["thema"] = Labels("themas"),
            ["gemeente"] = gemeenten,
            ["doelgroep"] = Labels("doelgroepen"),
            ["participatieniveau"] = Labels("participatieniveaus"),
            ["werkvorm"] = Labels("werkvormen"),
            ["status"] = Labels("statussen"),
        };
        var words = v.All.Values.SelectMany(voc => voc.Terms).SelectMany(t => Words(t.Label))
            .Where(w => w.Length >= 4).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new IndexVocabulary(labels, words);
    }

    private static string[] Words(string label) =>
        label.ToLowerInvariant().Split([' ', '-', ',', '.', '(', ')', '\'', '/'], StringSplitOptions.RemoveEmptyEntries);
}
