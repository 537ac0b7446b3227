using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Parse;

namespace Praktijkvoorbeelden.Site.Organise;

/// <summary>
/// One way of grouping voorbeelden (by gemeente, doelgroep, ...), with its URL folder and Dutch
/// names: <see cref="ChooseHeading"/> heads the list of terms on its index page.
/// </summary>
public sealed record Taxonomy(
    string Folder,
    string Title,
    string Intro,
    string SingularLabel,
    string ChooseHeading,
    Func<Voorbeeld, IEnumerable<string>> ValuesOf,
    Func<string, Term> TermOf,
    bool ListEmptyTerms)
{
    public string PathOf(string slug) => $"/{Folder}/{slug}/";

    public string IndexPath => $"/{Folder}/";

    /// <summary>The four derived taxonomies of the site. Gemeenten are free names, the others vocabularies.</summary>
    public static IReadOnlyList<Taxonomy> All(ContentSet content)
    {
        var municipalities = content.Voorbeelden.SelectMany(v => v.Municipalities)
            .GroupBy(Slugs.From, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var v = content.Vocabularies;
        return
        [
            new("gemeenten", "Gemeenten", "Voorbeelden per gemeente.", "Gemeente", "Kies een gemeente",
                x => x.Municipalities.Select(Slugs.From), slug => new Term(slug, municipalities.GetValueOrDefault(slug, slug), ""), false),
            new("doelgroepen", "Doelgroepen", "Voorbeelden per doelgroep: voor wie het voorbeeld is.", "Doelgroep", "Kies een doelgroep",
                x => x.TargetGroups, slug => v["doelgroepen"].Find(slug)!, true),
            new("participatieniveaus", "Participatieniveaus",
                "De participatieladder laat zien hoeveel invloed jongeren en ouders hebben. Van informeren (weinig invloed) tot zelfbeheer (veel invloed).",
                "Participatieniveau", "Kies een niveau van meedoen", x => x.ParticipationLevel is { } p ? [p] : [], slug => v["participatieniveaus"].Find(slug)!, true),
            new("werkvormen", "Werkvormen", "Voorbeelden per werkvorm: hoe het voorbeeld werkt.", "Werkvorm", "Kies een werkvorm",
                x => x.WorkForms, slug => v["werkvormen"].Find(slug)!, true),
        ];
    }

    /// <summary>Every term with its voorbeelden, in vocabulary order (gemeenten alphabetically).</summary>
    public IReadOnlyList<(Term Term, IReadOnlyList<Voorbeeld> Voorbeelden)> Terms(ContentSet content)
    {
        var groups = content.Voorbeelden
            .SelectMany(x => ValuesOf(x).Select(slug => (slug, x)))
            .GroupBy(p => p.slug, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Voorbeeld>)g.Select(p => p.x).OrderBy(x => x.Title, StringComparer.CurrentCulture).ToList(), StringComparer.Ordinal);
        var slugs = content.Vocabularies.Contains(Folder)
            ? content.Vocabularies[Folder].Terms.Select(t => t.Slug).Where(s => ListEmptyTerms || groups.ContainsKey(s))
            : groups.Keys.OrderBy(s => TermOf(s).Label, StringComparer.CurrentCulture);
        return slugs.Select(s => (TermOf(s), groups.GetValueOrDefault(s) ?? [])).ToList();
    }
}
