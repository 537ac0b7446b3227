namespace Praktijkvoorbeelden.Search.Querying;

/// <summary>
/// What a person typed, split into loose words and "quoted phrases". Nothing else has a special
/// meaning: Lucene syntax characters (+ - : * ? ~ ^ ( ) [ ] { } \ / AND OR NOT) are ordinary text,
/// and the tokeniser drops what is not a word. An unclosed quote makes the rest a phrase.
/// </summary>
internal sealed record QueryText(IReadOnlyList<QueryChunk> Chunks, bool EndsInWord)
{
    private static readonly char[] Quotes = ['"', '“', '”', '„'];

    public static QueryText Parse(string? raw)
    {
        raw ??= "";
        var chunks = new List<QueryChunk>();
        var start = 0;
        var inPhrase = false;
        for (var i = 0; i <= raw.Length; i++)
        {
            if (i < raw.Length && Array.IndexOf(Quotes, raw[i]) < 0)
            {
                continue;
            }

            if (i > start)
            {
                chunks.Add(new QueryChunk(raw[start..i], start, inPhrase));
            }

            inPhrase = !inPhrase;
            start = i + 1;
        }

        // As-you-type only treats the last word as a prefix while the cursor is still in that word.
        var endsInWord = raw.Length > 0 && char.IsLetterOrDigit(raw[^1]) && chunks.Count > 0 && !chunks[^1].IsPhrase;
        return new QueryText(chunks, endsInWord);
    }
}

/// <summary>A piece of the query text, with its offset in the typed string (to write back corrections).</summary>
internal sealed record QueryChunk(string Text, int Offset, bool IsPhrase);
