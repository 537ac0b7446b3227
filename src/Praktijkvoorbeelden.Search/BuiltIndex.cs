namespace Praktijkvoorbeelden.Search;

/// <summary>
/// The built index as plain bytes: <paramref name="IndexFiles"/> maps a file name to its content
/// (the Lucene files of one compound segment plus <c>vocabulary.bin</c>, which the engine needs to
/// rebuild the same analyser; then the phrase index, whose names start with
/// <see cref="SearchEngine.PhraseFilePrefix"/>, which a browser fetches only for a phrase). <paramref name="SnippetTexts"/> maps a voorbeeld id to the plain text
/// that the result page cuts its snippet from; it is not part of the index, to keep the download small.
/// </summary>
public sealed record BuiltIndex(
    IReadOnlyDictionary<string, byte[]> IndexFiles,
    IReadOnlyDictionary<string, string> SnippetTexts);
