using CsCheck;
using Praktijkvoorbeelden.Search.Tests.Support;

namespace Praktijkvoorbeelden.Search.Tests;

/// <summary>Whatever a person types, the search answers and does not throw.</summary>
public class HostileQueryTests
{
    private static readonly SearchEngine Engine = Corpus.Engine;

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"")]
    [InlineData("\"\"")]
    [InlineData("\"kastje naar")]
    [InlineData("pleegouders AND")]
    [InlineData("OR NOT AND")]
    [InlineData("title:pleegouders")]
    [InlineData("pleeg*")]
    [InlineData("*")]
    [InlineData("?")]
    [InlineData("pleegouders~")]
    [InlineData("pleegouders~0.5")]
    [InlineData("pleegouders^4")]
    [InlineData("(pleegouders")]
    [InlineData("[a TO z]")]
    [InlineData("{a TO z}")]
    [InlineData("+pleegouders -kind")]
    [InlineData("pleegouders && kind || jeugd")]
    [InlineData("!pleegouders")]
    [InlineData("\\")]
    [InlineData("/regex/")]
    [InlineData("a:b:c")]
    [InlineData("'s-Hertogenbosch")]
    [InlineData("\u0000\u0001\uFFFF")]
    [InlineData("\uD800")]
    [InlineData("😀 kind")]
    [InlineData("<script>alert(1)</script>")]
    public void Lucene_syntax_is_plain_text(string query)
    {
        foreach (var asYouType in new[] { false, true })
        {
            var response = Engine.Search(query, asYouType);
            Assert.NotNull(response.Facets);
            _ = Engine.Snippet("Pleegouders en kinderen in de jeugdzorg.", query, asYouType: asYouType);
        }
    }

    [Fact]
    public void Syntax_characters_around_a_word_still_find_the_word()
    {
        Assert.Equal(Engine.Search("pleegouders").Ids(), Engine.Search("+pleegouders^").Ids());
        Assert.Equal(Engine.Search("bondgenoot").Ids(), Engine.Search("(bondgenoot)").Ids());
        Assert.Equal(Engine.Search("bondgenoot").Ids(), Engine.Search("-bondgenoot*").Ids());
    }

    [Fact]
    public void A_very_long_query_is_answered()
    {
        var response = Engine.Search(string.Join(' ', Enumerable.Repeat("pleegouders kind", 2000)));

        Assert.NotNull(response);
    }

    [Fact]
    public void Random_strings_never_throw()
    {
        var alphabet = "abcdeijklmnoprstuvzëéï \"'*?~^:()[]{}+-!&|\\/ATONDR0123456789";
        var query = Gen.Char[alphabet].Array[0, 40].Select(chars => new string(chars));
        var anything = Gen.String[0, 40];

        Gen.Select(Gen.OneOf(query, anything), Gen.Bool).Sample((text, asYouType) =>
        {
            _ = Engine.Search(text, asYouType);
            _ = Engine.Snippet("Pleegouders en kinderen in de jeugdzorg.", text, 60, asYouType);
        }, iter: 300);
    }
}

/// <summary>
/// Whatever a page (or a hand-edited URL) sends, over the index of the real input/: random filters
/// with known and unknown facet names and values, empty, null and huge lists, any offset and limit,
/// with and without as-you-type. The engine answers and never throws, the total covers the hits,
/// and a page never holds more hits than asked for.
/// </summary>
[Collection(nameof(BuiltSite))]
public sealed partial class HostileRequestTests(BuiltSite site, ITestOutputHelper output)
{
    private const int Iterations = 3_000;
    private const int IgnoredIterations = 1_000;

    private static readonly string[] Words = ["", " ", "pleegouders", "kind", "jeugdzorg", "gemeente", "participatie", "interview", "pleeg", "groningen", "zzzz", "\"kastje", "*", "a b c d e f"];
    private static readonly string[] OddNames = ["", " ", "\u0000", "<script>", "offset", "q", "themas", "gemeenten", "thema ", " thema", "Thema", "GEMEENTE", "status\n"];

    private static readonly Gen<int> Number = Gen.Frequency(
        (5, Gen.Int[0, 20]),
        (2, Gen.Int[-20, -1]),
        (1, Gen.OneOf(int.MinValue, int.MinValue + 1, -1, 0, 100, 101, int.MaxValue - 1, int.MaxValue)),
        (1, Gen.Int));

    private static readonly Gen<string?> Query = Gen.Frequency(
        (4, Gen.OneOf(Words).Select(w => (string?)w)),
        (2, Gen.String[0, 30].Select(s => (string?)s)),
        (1, Gen.Const((string?)null)));

    private readonly Lazy<KnownValues> _known = new(() => KnownValues.Of(site.Engine));

    [Fact]
    public void Random_filters_offsets_and_limits_never_throw_and_keep_the_page_within_the_limit()
    {
        var tried = 0;
        var known = _known.Value;
        Request(known.AnyName, known.AnyValue).Sample(request =>
        {
            Interlocked.Increment(ref tried);
            var response = site.Engine.Search(request);

            Assert.NotNull(response.Hits);
            Assert.True(response.Total >= response.Hits.Count, $"total {response.Total} < {response.Hits.Count} hits");
            Assert.True(response.Hits.Count <= Math.Max(request.Limit, 0), $"{response.Hits.Count} hits for limit {request.Limit}");
            Assert.InRange(response.Total, 0, site.Engine.DocumentCount);
            Assert.Equal(response.Hits.Count, response.Hits.Select(h => h.Id).Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(SearchFacets.Counted.Order(StringComparer.Ordinal), response.Facets.Keys.Order(StringComparer.Ordinal));
            if (request.Offset >= 0 && request.Limit is >= 0 and <= 50)
            {
                // Paging loses nothing: a page is full unless it is the last one.
                Assert.Equal(Math.Clamp(response.Total - request.Offset, 0, request.Limit), response.Hits.Count);
            }
        }, iter: Iterations, threads: 1, print: Describe);

        output.WriteLine($"{tried} random search requests (filters, offset, limit, as-you-type) over {site.Engine.DocumentCount} voorbeelden");
        Assert.True(tried >= Iterations, $"only {tried} inputs were tried");
    }

    [Fact]
    public void Unknown_facet_names_and_values_are_ignored()
    {
        var tried = 0;
        var known = _known.Value;
        Request(known.UnknownName, known.UnknownValue, withKnownNames: known.Names).Sample(request =>
        {
            Interlocked.Increment(ref tried);
            var unfiltered = request with { Filters = new Dictionary<string, IReadOnlyList<string>>() };

            var response = site.Engine.Search(request);
            var expected = site.Engine.Search(unfiltered);

            Assert.Equal(expected.Total, response.Total);
            Assert.Equal(expected.Hits.Select(h => h.Id), response.Hits.Select(h => h.Id));
        }, iter: IgnoredIterations, threads: 1, print: Describe);

        output.WriteLine($"{tried} random requests with only unknown facet names or values");
        Assert.True(tried >= IgnoredIterations, $"only {tried} inputs were tried");
    }

    /// <summary>Requests whose filters use <paramref name="name"/> (plus, if given, the known facet names) and <paramref name="value"/>.</summary>
    private static Gen<SearchRequest> Request(Gen<string> name, Gen<string?> value, IReadOnlyList<string>? withKnownNames = null)
    {
        var names = withKnownNames is null ? name : Gen.Frequency((1, name), (1, Gen.OneOf([.. withKnownNames])));
        var shortList = Gen.Frequency(
            (6, value.Array[0, 4].Select(v => (IReadOnlyList<string>)v!)),
            (1, Gen.Const((IReadOnlyList<string>)[])),
            (1, Gen.Const((IReadOnlyList<string>)null!)));
        var list = Gen.Frequency(
            (8, shortList),
            (1, Gen.Select(value, Gen.Int[1_000, 50_000], (v, n) => (IReadOnlyList<string>)Enumerable.Repeat(v!, n).ToArray())),
            (1, value.Array[200, 2_000].Select(v => (IReadOnlyList<string>)v!)));
        var filters = Gen.Frequency(
            (6, Gen.Select(names, list).Array[0, 5]),
            (1, Gen.Select(names, shortList).Array[300, 1_000])); // many facets, each with a short list
        return Gen.Select(Query, filters, Number, Number, Gen.Bool, (query, pairs, offset, limit, asYouType) => new SearchRequest(
            query!,
            pairs.GroupBy(p => p.Item1, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Item2, StringComparer.Ordinal),
            offset,
            limit,
            asYouType));
    }

    private static string Describe(SearchRequest r) =>
        $"query {Show(r.Query)}, offset {r.Offset}, limit {r.Limit}, asYouType {r.AsYouType}, filters {{ " +
        string.Join("; ", r.Filters.Select(f => $"{Show(f.Key)}: {(f.Value is null ? "null" : f.Value.Count > 6 ? $"{f.Value.Count} values like {Show(f.Value[0])}" : string.Join(", ", f.Value.Select(Show)))}")) + " }";

    private static string Show(string? text) =>
        text is null ? "null" : "\"" + string.Concat(text.Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString())) + "\"";

    /// <summary>Facet names and values the real index knows, and names and values it certainly does not.</summary>
    private sealed partial class KnownValues
    {
        private KnownValues(IReadOnlyList<string> names, IReadOnlyList<string> values)
        {
            Names = names;
            AnyName = Gen.Frequency((5, Gen.OneOf([.. names])), (2, Gen.OneOf(OddNames)), (1, Gen.String[0, 12]));
            AnyValue = Gen.Frequency(
                (5, Gen.OneOf([.. values]).Select(v => (string?)v)),
                (2, Gen.String[0, 20].Select(s => (string?)s)),
                (1, Gen.OneOf("", " ", "*", "..", "%20", "INTERVIEWS", "2016 ").Select(s => (string?)s)),
                (1, Gen.Const((string?)null)));
            // Facet names and slugs are compared exactly: another case, a space or a '?' is never one of them.
            UnknownName = Gen.Frequency(
                (3, Gen.OneOf(OddNames)),
                (2, Gen.OneOf([.. names]).Select(n => n.ToUpperInvariant())),
                (2, Gen.String[0, 12].Select(s => "?" + s)));
            UnknownValue = Gen.Frequency(
                (3, Gen.OneOf([.. values]).Select(v => (string?)(v.ToUpperInvariant() + " "))),
                (3, Gen.String[0, 20].Select(s => (string?)("?" + s))),
                (1, Gen.Const((string?)null)));
        }

        public IReadOnlyList<string> Names { get; }
        public Gen<string> AnyName { get; }
        public Gen<string?> AnyValue { get; }
        public Gen<string> UnknownName { get; }
        public Gen<string?> UnknownValue { get; }

        public static KnownValues Of(SearchEngine engine)
        {
            var everything = engine.Search(new SearchRequest("", new Dictionary<string, IReadOnlyList<string>>(), Limit: 0));
            var values = everything.Facets.Values.SelectMany(f => f.Select(c => c.Value)).ToList();
            foreach (var file in new[] { "werkvormen.yml", "statussen.yml", "participatieniveaus.yml", "doelgroepen.yml" })
            {
                values.AddRange(Slug().Matches(File.ReadAllText(Path.Combine(Repository.Root, "input", "_data", file))).Select(m => m.Groups["slug"].Value));
            }

            values.AddRange(Enumerable.Range(2010, 16).Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.NotEmpty(everything.Facets[SearchFacets.Thema]);
            return new KnownValues(SearchFacets.All, [.. values.Distinct(StringComparer.Ordinal)]);
        }

        [System.Text.RegularExpressions.GeneratedRegex(@"(?m)^- slug: (?<slug>\S+)\s*$")]
        private static partial System.Text.RegularExpressions.Regex Slug();
    }
}
