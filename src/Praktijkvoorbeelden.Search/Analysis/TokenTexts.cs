using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Praktijkvoorbeelden.Search.Analysis;

/// <summary>Runs an analyser over a string and returns what comes out, with positions and offsets.</summary>
internal static class TokenTexts
{
    public static IReadOnlyList<string> Of(Analyzer analyzer, string text) =>
        Tokens(analyzer, text).Select(t => t.Term).ToList();

    /// <summary>Tokens with their absolute position (stacked tokens share one) and character offsets in <paramref name="text"/>.</summary>
    public static IReadOnlyList<AnalysedToken> Tokens(Analyzer analyzer, string text, string field = "body")
    {
        var tokens = new List<AnalysedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalysedToken(term.ToString(), Math.Max(position, 0), offset.StartOffset, offset.EndOffset, increment.PositionIncrement == 0));
        }

        stream.End();
        return tokens;
    }
}

/// <summary>One analysed token. <paramref name="Stacked"/>: shares the position of the token before it (a compound part or synonym).</summary>
internal readonly record struct AnalysedToken(string Term, int Position, int Start, int End, bool Stacked);
