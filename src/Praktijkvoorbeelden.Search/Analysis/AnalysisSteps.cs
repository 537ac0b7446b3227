namespace Praktijkvoorbeelden.Search.Analysis;

/// <summary>
/// The optional steps of the Dutch chain. The index stores <see cref="Indexed"/>; the query side
/// runs the chain with other steps, to see which parts of a typed word are compound parts and
/// which are synonyms, so that it can build a precise query from the same analysis.
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

    /// <summary>
    /// What the index stores: everything but synonyms. A query adds a word's synonyms itself (its
    /// alternatives), so synonyms in the index would only repeat them, in the positions that are
    /// most of the browser's download.
    /// </summary>
    Indexed = StopWords | Compounds | Stemming,
}
