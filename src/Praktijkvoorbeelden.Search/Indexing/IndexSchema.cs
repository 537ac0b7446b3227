using System.Buffers;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Praktijkvoorbeelden.Search.Indexing;

/// <summary>
/// The fields of the index. Only what a result row shows is kept (id, url, title, summary, see
/// <see cref="Row"/>); the body is indexed but not stored, to keep the download small (the snippet
/// text travels separately and only for the results a visitor sees). Facet values are doc values,
/// read once when the engine opens and counted in memory. The searched text fields take their
/// tokens ready-analysed (see <see cref="AnalysedField"/>).
/// <para>
/// Each voorbeeld becomes two Lucene documents with the same number: one in the main index, and
/// one in the phrase index that holds only <see cref="BodyPositions"/>. The positions of the body
/// are most of the index, and only a "phrase" needs them, so the browser fetches the phrase index
/// when someone first searches for one (see <see cref="SearchEngine.AddPhrases"/>).
/// </para>
/// </summary>
internal static class IndexSchema
{
    /// <summary>
    /// What a result shows (id, url, title, summary; see <see cref="ResultRow"/>), as a binary doc
    /// value rather than stored fields: stored fields come in compressed blocks that a browser would
    /// decompress (interpreted) for every new result, and compressed twice they download larger.
    /// </summary>
    public const string Row = "rij";

    public const string Title = "title";
    public const string Summary = "samenvatting";
    /// <summary>
    /// The body's words without positions (found, and counted for the score, but never part of a
    /// phrase), and the compound parts of the title, summary and body ("client" of
    /// "jeugdzorgcliënten"): a part is found, never part of a phrase either. One field rather than a
    /// field of parts next to it: every searched field costs a posting list per term in the
    /// download and a scorer per term in every search.
    /// </summary>
    public const string Body = "body";

    /// <summary>The body's words with their positions, in the phrase index only: what a phrase in the body needs.</summary>
    public const string BodyPositions = "body_posities";

    /// <summary>The surface words of the document (folded, not stemmed), only for spelling suggestions.</summary>
    public const string Spelling = "spelling";

    /// <summary>The fields with the words in order, with their weight: a match in the title counts most. Phrases search these.</summary>
    public static IReadOnlyList<(string Field, float Boost)> PositionalFields { get; } = [(Title, 3f), (Summary, 2f), (BodyPositions, 1f)];

    /// <summary>Every field a word is looked for in, with its weight (the body also holds the compound parts).</summary>
    public static IReadOnlyList<(string Field, float Boost)> SearchedFields { get; } = [(Title, 3f), (Summary, 2f), (Body, 1f)];

    private static readonly FieldType BodyType = Frozen(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        IsStored = false,
        IndexOptions = IndexOptions.DOCS_AND_FREQS,
    });

    public static string FacetField(string facet) => "facet_" + facet;

    private static readonly FieldType SpellingType = Frozen(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        IsStored = false,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
    });

    /// <param name="analysed">
    /// The analysed tokens of a searched text field (field name, text), split into the words and
    /// their compound parts: the caller decides where the analysis runs.
    /// </param>
    /// <returns>The voorbeeld's document in the main index and in the phrase index.</returns>
    public static (Document Main, Document Phrases) ToLucene(SearchDocument doc, Func<string, string, (AnalysedField Words, AnalysedField Parts)> analysed)
    {
        var title = analysed(Title, doc.Title);
        var summary = analysed(Summary, doc.Summary);
        var body = analysed(Body, doc.Body);
        var lucene = new Document
        {
            new BinaryDocValuesField(Row, ResultRow.Write(doc.Id, doc.Url, doc.Title, doc.Summary)),
            new Field(Title, title.Words, TextField.TYPE_NOT_STORED),
            new Field(Summary, summary.Words, TextField.TYPE_NOT_STORED),
            new Field(Body, body.Words.Copy(), BodyType),
            new Field(Body, title.Parts, BodyType),
            new Field(Body, summary.Parts, BodyType),
            new Field(Body, body.Parts, BodyType),
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

        return (lucene, new Document { new Field(BodyPositions, body.Words, TextField.TYPE_NOT_STORED) });
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
