namespace Praktijkvoorbeelden.Content.Tests.Support;

/// <summary>
/// The reviewed project word list: genuine terms hunspell-nl lacks (names, jargon), one per line.
/// A word at the start of a sentence may be capitalised, so "Doorzettingsmacht" matches
/// "doorzettingsmacht"; the other way round does not.
/// </summary>
internal sealed class WordList
{
    public static readonly string FilePath = Path.Combine(Repository.TestProject, "woordenlijst.txt");

    private readonly HashSet<string> _words;

    private WordList(IReadOnlyList<string> lines)
    {
        Lines = lines;
        _words = lines.ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<string> Lines { get; }

    public static WordList Load() => new(File.ReadAllLines(FilePath).Where(l => l.Length > 0).ToList());

    public bool Accepts(string word) =>
        _words.Contains(word) || (word.Length > 1 && char.IsUpper(word[0]) && _words.Contains(char.ToLowerInvariant(word[0]) + word[1..]));
}
