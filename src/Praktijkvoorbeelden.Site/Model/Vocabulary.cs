namespace Praktijkvoorbeelden.Site.Model;

/// <summary>One value of a controlled vocabulary, with its Dutch label and explanation.</summary>
public sealed record Term(string Slug, string Label, string Description);

/// <summary>A vocabulary from input/_data/&lt;name&gt;.yml, in display order.</summary>
public sealed record Vocabulary(string Name, IReadOnlyList<Term> Terms)
{
    private readonly Dictionary<string, Term> _bySlug = Terms.GroupBy(t => t.Slug, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public Term? Find(string slug) => _bySlug.GetValueOrDefault(slug);

    public string LabelOf(string slug) => Find(slug)?.Label ?? slug;
}
