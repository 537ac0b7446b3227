using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Praktijkvoorbeelden.Search.Indexing;

/// <summary>
/// The fields of the index. Only what a result row shows is stored (id, url, title, summary);
/// the body is indexed but not stored, to keep the download small (the snippet text travels
/// separately and only for the results a visitor sees). Facet values are doc values, read once
/// when the engine opens and counted in memory.
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

    public static Document ToLucene(SearchDocument doc)
    {
        var lucene = new Document
        {
            new StoredField(Id, doc.Id),
            new StoredField(Url, doc.Url),
            new TextField(Title, doc.Title, Field.Store.YES),
            new TextField(Summary, doc.Summary, Field.Store.YES),
            new TextField(Body, doc.Body, Field.Store.NO),
            new Field(Spelling, DistinctWords(doc), SpellingType),
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

    /// <summary>Each word once: the spelling field only records which words occur, so repeats are wasted work.</summary>
    private static string DistinctWords(SearchDocument doc)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in new[] { doc.Title, doc.Summary, doc.Body })
        {
            words.UnionWith(text.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries));
        }

        return string.Join(' ', words);
    }

    private static readonly char[] WordSeparators = [' ', '\n', '\r', '\t', '.', ',', ';', ':', '!', '?', '(', ')', '"', '“', '”'];

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
