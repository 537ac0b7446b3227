using System.Text;
using Praktijkvoorbeelden.Search.Analysis;

namespace Praktijkvoorbeelden.Search.Querying;

/// <summary>
/// Cuts the piece of a text that shows most of the query's words and marks them. A word in the
/// text counts as matched when the index would have matched it: the same analysis runs over the
/// text, and its terms (stems, compound parts, synonyms) are compared with the query's.
/// </summary>
internal sealed class SnippetMaker(QueryAnalysis analysis)
{
    private readonly AnalysedTexts _texts = new(analysis);

    private const int MinChars = 40;
    private const char Ellipsis = '…';

    public string Make(string text, string query, int maxChars, bool asYouType)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        maxChars = Math.Max(maxChars, MinChars);
        var (terms, prefix) = QueryTerms(QueryText.Parse(query), asYouType);
        var marks = terms.Count == 0 && prefix is null ? [] : Matches(text, terms, prefix);
        var (start, end) = Window(text, marks, maxChars);
        return Render(text, marks, start, end);
    }

    private (HashSet<string> Terms, string? Prefix) QueryTerms(QueryText query, bool asYouType)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        string? prefix = null;
        foreach (var chunk in query.Chunks)
        {
            var words = analysis.SurfaceWords(chunk.Text);
            foreach (var word in words)
            {
                terms.UnionWith(analysis.Alternatives(word.Term));
                foreach (var part in analysis.CompoundParts(word.Term))
                {
                    terms.UnionWith(analysis.Alternatives(part));
                }
            }

            if (asYouType && query.EndsInWord && chunk == query.Chunks[^1] && words.Count > 0)
            {
                prefix = words[^1].Term;
            }
        }

        return (terms, prefix);
    }

    /// <summary>Character ranges of the words in the text that match, in text order.</summary>
    private List<(int Start, int End)> Matches(string text, HashSet<string> terms, string? prefix)
    {
        var marks = new List<(int Start, int End)>();
        foreach (var word in _texts.Of(text))
        {
            var matched = word.Terms.Any(terms.Contains)
                || (prefix is { Length: >= 2 } && word.Folded.StartsWith(prefix, StringComparison.Ordinal));
            if (matched && (marks.Count == 0 || word.Start >= marks[^1].End))
            {
                marks.Add((word.Start, word.End));
            }
        }

        return marks;
    }

    /// <summary>The window of at most maxChars that holds the most marks, starting a little before the first of them.</summary>
    private static (int Start, int End) Window(string text, List<(int Start, int End)> marks, int maxChars)
    {
        var bestStart = 0;
        var bestCount = -1;
        foreach (var anchor in marks)
        {
            var start = Math.Min(anchor.Start, WordStart(text, Math.Max(0, anchor.Start - (maxChars / 5))));
            var count = marks.Count(m => m.Start >= start && m.End <= start + maxChars);
            if (count > bestCount)
            {
                (bestStart, bestCount) = (start, count);
            }
        }

        var end = bestStart + maxChars >= text.Length ? text.Length : WordEnd(text, bestStart, bestStart + maxChars);
        return (bestStart, end);
    }

    private static int WordStart(string text, int index)
    {
        if (index == 0)
        {
            return 0;
        }

        var space = text.IndexOf(' ', index - 1);
        return space < 0 ? index : space + 1;
    }

    private static int WordEnd(string text, int start, int limit)
    {
        var space = text.LastIndexOf(' ', limit);
        return space > start ? space : limit;
    }

    private static string Render(string text, List<(int Start, int End)> marks, int start, int end)
    {
        var html = new StringBuilder(end - start + 64);
        if (start > 0)
        {
            html.Append(Ellipsis);
        }

        var at = start;
        foreach (var (markStart, markEnd) in marks.Where(m => m.Start >= start && m.End <= end))
        {
            Escape(html, text, at, markStart);
            html.Append("<mark>");
            Escape(html, text, markStart, markEnd);
            html.Append("</mark>");
            at = markEnd;
        }

        Escape(html, text, at, end);
        if (end < text.Length)
        {
            html.Append(Ellipsis);
        }

        return html.ToString();
    }

    private static void Escape(StringBuilder html, string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            _ = text[i] switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' => html.Append("&quot;"),
                '\'' => html.Append("&#39;"),
                var c => html.Append(c),
            };
        }
    }
}
