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

    // The page asks for ten snippets with the same query after every search: analyse it once.
    private RememberedQuery? _lastQuery;

    private const int MinChars = 40;
    private const char Ellipsis = '…';

    /// <summary>Analyses a text ahead, so that its first snippet does not have to (see <see cref="AnalysedTexts"/>).</summary>
    public void Prepare(string text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            _ = _texts.Of(text);
        }
    }

    public string Make(string text, string query, int maxChars, bool asYouType)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        maxChars = Math.Max(maxChars, MinChars);
        var (terms, prefix) = RememberedQueryTerms(query, asYouType);
        var marks = terms.Count == 0 && prefix is null ? [] : Matches(text, terms, prefix);
        var (start, end) = Window(text, marks, maxChars);
        return Render(text, marks, start, end);
    }

    private (HashSet<string> Terms, string? Prefix) RememberedQueryTerms(string query, bool asYouType)
    {
        if (_lastQuery is { } last && last.Query == query && last.AsYouType == asYouType)
        {
            return (last.Terms, last.Prefix);
        }

        var (terms, prefix) = QueryTerms(QueryText.Parse(query), asYouType);
        _lastQuery = new RememberedQuery(query, asYouType, terms, prefix); // one reference write: safe for threads sharing the engine
        return (terms, prefix);
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
        var words = _texts.Of(text); // first: it numbers the terms of this text
        var wanted = _texts.Numbers(terms);
        // Plain loops over numbers: this runs over every word of ten texts per keystroke, interpreted in the browser.
        var usePrefix = prefix is { Length: >= 2 };
        for (var w = 0; w < words.Count; w++)
        {
            var matched = (usePrefix && words.StartsWith(w, prefix!)) || words.HasAnyTerm(w, wanted);
            if (matched && (marks.Count == 0 || words.Start(w) >= marks[^1].End))
            {
                marks.Add((words.Start(w), words.End(w)));
            }
        }

        return marks;
    }

    /// <summary>The window of at most maxChars that holds the most marks, starting a little before the first of them.</summary>
    private static (int Start, int End) Window(string text, List<(int Start, int End)> marks, int maxChars)
    {
        var bestStart = 0;
        var bestCount = -1;
        // Marks are in text order and do not overlap, and a window's start only moves forward with
        // its anchor: two pointers count the marks inside each window in one pass.
        var first = 0;
        var pastLast = 0;
        foreach (var anchor in marks)
        {
            var start = Math.Min(anchor.Start, WordStart(text, Math.Max(0, anchor.Start - (maxChars / 5))));
            while (marks[first].Start < start)
            {
                first++;
            }

            pastLast = Math.Max(pastLast, first);
            while (pastLast < marks.Count && marks[pastLast].End <= start + maxChars)
            {
                pastLast++;
            }

            var count = pastLast - first;
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

    private sealed record RememberedQuery(string Query, bool AsYouType, HashSet<string> Terms, string? Prefix);
}
