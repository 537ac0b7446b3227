namespace Praktijkvoorbeelden.Search.Analysis;

/// <summary>
/// The optional steps of the Dutch chain. Indexing uses all of them; the query side also runs
/// the chain without some steps, to see which parts of a typed word are compound parts and which
/// are synonyms, so that it can build a precise query from the same analysis.
/// </summary>
[Flags]
internal enum AnalysisSteps
{
    /// <summary>Tokenise, lower-case and fold diacritics only: the surface words (used for spelling suggestions).</summary>
    None = 0,
    StopWords = 1,
    Compounds = 2,
    Stemming = 4,
    Synonyms = 8,
    All = StopWords | Compounds | Stemming | Synonyms,
}
