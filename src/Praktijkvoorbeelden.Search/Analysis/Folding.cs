using Lucene.Net.Analysis.Miscellaneous;

namespace Praktijkvoorbeelden.Search.Analysis;

/// <summary>Lower case without diacritics, exactly as the analysis chain folds a token ("Cliënt" -> "client").</summary>
internal static class Folding
{
    public static string Fold(string word)
    {
        var lower = word.ToLowerInvariant().ToCharArray();
        var output = new char[lower.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(lower, 0, output, 0, lower.Length);
        return new string(output, 0, length);
    }
}
