using System.Globalization;
using System.Text;
using System.Text.Json;
using Praktijkvoorbeelden.Browser.Tests.Support;

namespace Praktijkvoorbeelden.Browser.Tests.Search;

/// <summary>
/// The voorbeelden as the build published them in /api/voorbeelden.json: an account of which
/// voorbeeld has which facet value that does not come from the search engine, so filter results
/// can be checked against it.
/// </summary>
internal sealed class PublishedVoorbeelden
{
    private readonly List<Entry> _entries;

    private PublishedVoorbeelden(List<Entry> entries) => _entries = entries;

    public static PublishedVoorbeelden Load(BuiltSite site)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Folder, "api", "voorbeelden.json")));
        var entries = json.RootElement.GetProperty("voorbeelden").EnumerateArray().Select(v => new Entry(
            $"/voorbeelden/{v.GetProperty("id").GetString()}/",
            v.GetProperty("titel").GetString() ?? "",
            new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
            {
                ["thema"] = Strings(v, "themas"),
                ["gemeente"] = Strings(v, "gemeenten").Select(GemeenteSlug).ToHashSet(StringComparer.Ordinal),
                ["doelgroep"] = Strings(v, "doelgroepen"),
                ["participatieniveau"] = v.TryGetProperty("participatieniveau", out var niveau) && niveau.ValueKind == JsonValueKind.String
                    ? new HashSet<string>(StringComparer.Ordinal) { niveau.GetString()! }
                    : new HashSet<string>(StringComparer.Ordinal),
            })).ToList();
        return new PublishedVoorbeelden(entries);
    }

    public int Count => _entries.Count;

    public string TitleOf(string path) => _entries.Single(e => e.Path == path).Title;

    /// <summary>How many voorbeelden have this facet value.</summary>
    public int CountWith(string facet, string slug) => _entries.Count(e => e.Facets[facet].Contains(slug));

    /// <summary>
    /// The paths that pass a set of filters as the search page defines them: within a facet any
    /// of its ticked values (OR), across facets all of them (AND).
    /// </summary>
    public IReadOnlySet<string> Matching(params (string Facet, string Slug)[] filters) =>
        _entries
            .Where(e => filters.GroupBy(f => f.Facet).All(g => g.Any(f => e.Facets[g.Key].Contains(f.Slug))))
            .Select(e => e.Path)
            .ToHashSet(StringComparer.Ordinal);

    // As the brief defines it: lower case, diacritics removed, anything else than a letter or digit becomes "-".
    private static string GemeenteSlug(string name)
    {
        var plain = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            plain.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        return plain.ToString().Trim('-');
    }

    private static HashSet<string> Strings(JsonElement voorbeeld, string property) =>
        voorbeeld.TryGetProperty(property, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(v => v.GetString() ?? "").ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);

    private sealed record Entry(string Path, string Title, IReadOnlyDictionary<string, IReadOnlySet<string>> Facets);
}
