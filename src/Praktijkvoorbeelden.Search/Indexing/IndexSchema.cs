using System.Buffers;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Praktijkvoorbeelden.Search.Indexing;

/// <summary>
/// The fields of the index. Only what a result row shows is stored (id, url, title, summary);
/// the body is indexed but not stored, to keep the download small (the snippet text travels
/// separately and only for the results a visitor sees). Facet values are doc values, read once
/// when the engine opens and counted in memory. The searched text fields take their tokens
/// ready-analysed (see <see cref="AnalysedField"/>), with the stored copy of a title or summary as
/// a separate field.
/// </summary>
internal static class IndexSchema
{
    public const string Id = "id";
    public const string Url = "url";
    public const string Title = "title";
    public const string Summary = "samenvatting";
    public const string Body = "body";

    /// <summary>The surface words of the document (folded, not stemmed), only for spelling suggestions.</summary>
    public const string Spelling = "spelling";

    /// <summary>The text fields a query searches, with their weight: a match in the title counts most.</summary>
    public static IReadOnlyList<(string Field, float Boost)> SearchedFields { get; } = [(Title, 3f), (Summary, 2f), (Body, 1f)];

    public static string FacetField(string facet) => "facet_" + facet;

    private static readonly FieldType SpellingType = Frozen(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        IsStored = false,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
    });

    /// <param name="analysed">The analysed tokens of a searched text field (field name, text): the caller decides where the analysis runs.</param>
    public static Document ToLucene(SearchDocument doc, Func<string, string, TokenStream> analysed)
    {
        var lucene = new Document
        {
            new StoredField(Id, doc.Id),
            new StoredField(Url, doc.Url),
            new Field(Title, analysed(Title, doc.Title), TextField.TYPE_NOT_STORED),
            new StoredField(Title, doc.Title),
            new Field(Summary, analysed(Summary, doc.Summary), TextField.TYPE_NOT_STORED),
            new StoredField(Summary, doc.Summary),
            new Field(Body, analysed(Body, doc.Body), TextField.TYPE_NOT_STORED),
            // Made and analysed by whoever indexes the document (the writer's analyser for this field).
            new Field(Spelling, new DeferredText(() => DistinctWords(doc)), SpellingType),
        };
        foreach (var (facet, values) in FacetValues(doc))
        {
            foreach (var value in values.Where(v => !string.IsNullOrEmpty(v)).Distinct(StringComparer.Ordinal))
            {
                lucene.Add(new SortedSetDocValuesField(FacetField(facet), new BytesRef(value)));
            }
        }

        return lucene;
    }

    public static IEnumerable<(string Facet, IEnumerable<string> Values)> FacetValues(SearchDocument doc)
    {
        yield return (SearchFacets.Thema, doc.Themas);
        yield return (SearchFacets.Gemeente, doc.Gemeenten);
        yield return (SearchFacets.Doelgroep, doc.Doelgroepen);
        yield return (SearchFacets.Participatieniveau, doc.Participatieniveau is null ? [] : [doc.Participatieniveau]);
        yield return (SearchFacets.Werkvorm, doc.Werkvormen);
        yield return (SearchFacets.Jaar, doc.Jaar is null ? [] : [doc.Jaar.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        yield return (SearchFacets.Status, [doc.Status]);
    }

    /// <summary>
    /// Each word once: the spelling field only records which words occur, so repeats are wasted work.
    /// Words are looked up as spans, so a repeated word costs no allocation.
    /// </summary>
    private static string DistinctWords(SearchDocument doc)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var words = new StringBuilder();
        foreach (var text in (ReadOnlySpan<string>)[doc.Title, doc.Summary, doc.Body])
        {
            var rest = text.AsSpan();
            while (!rest.IsEmpty)
            {
                var end = rest.IndexOfAny(WordSeparators);
                var word = end < 0 ? rest : rest[..end];
                if (!word.IsEmpty && seen.Add(word))
                {
                    words.Append(words.Length == 0 ? "" : " ").Append(word);
                }

                rest = end < 0 ? [] : rest[(end + 1)..];
            }
        }

        return words.ToString();
    }

    private static readonly SearchValues<char> WordSeparators = SearchValues.Create(" \n\r\t.,;:!?()\"“”");

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
