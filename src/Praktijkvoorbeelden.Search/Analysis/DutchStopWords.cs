using System.Text;
using Lucene.Net.Analysis.Snowball;

namespace Praktijkvoorbeelden.Search.Analysis;

/// <summary>
/// Lucene's Dutch stop words: the Snowball list that Lucene.Net.Analysis.Common embeds and that
/// DutchAnalyzer.DefaultStopSet is made from. Read here instead of through that property because
/// Lucene's loader (WordlistLoader) splits each line with a Regex, and that one call alone puts
/// System.Text.RegularExpressions (about 117 kB compressed) in the browser engine.
/// A test checks that this list equals DutchAnalyzer.DefaultStopSet.
/// </summary>
internal static class DutchStopWords
{
    /// <summary>The manifest name of the list in Lucene.Net.Analysis.Common.</summary>
    internal const string ResourceName = "Lucene.Net.Analysis.Common.Analysis.Snowball.dutch_stop.txt";

    /// <summary>
    /// The words, unfolded. Snowball format, as WordlistLoader.GetSnowballWordSet reads it: a '|'
    /// starts a comment that runs to the end of the line; words are separated by white space.
    /// </summary>
    public static List<string> Load()
    {
        using var stream = typeof(SnowballFilter).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Lucene's Dutch stop list {ResourceName} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var comment = line.IndexOf('|', StringComparison.Ordinal);
            var text = comment >= 0 ? line[..comment] : line;
            words.AddRange(text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }

        return words;
    }
}
