using Praktijkvoorbeelden.Content.Tests.Support;

namespace Praktijkvoorbeelden.Content.Tests;

/// <summary>
/// Dutch spelling of everything a visitor reads, checked by hunspell-nl plus the reviewed project
/// word list. Without hunspell the tests skip with the reason, except in CI, where they fail.
/// </summary>
public sealed class SpellingTests
{
    [Fact]
    public void Every_content_file_is_spelled_correctly()
    {
        RequireHunspell();
        var words = WordList.Load();

        var unknown = ContentFiles()
            .SelectMany(file => Hunspell.UnknownWords(ProseExtractor.FromFile(file))
                .Select(TrimAbbreviationDot)
                .Where(word => !words.Accepts(word))
                .Distinct(StringComparer.Ordinal)
                .Select(word => $"{Path.GetRelativePath(Repository.Root, file)}: {word}"))
            .ToList();

        Assert.True(unknown.Count == 0,
            "Unknown words (fix the spelling, or add a genuine term to tests/Praktijkvoorbeelden.Content.Tests/woordenlijst.txt):\n" + string.Join('\n', unknown));
    }

    [Fact]
    public void The_word_list_is_sorted_and_holds_only_words_hunspell_does_not_know()
    {
        RequireHunspell();
        var lines = WordList.Load().Lines;

        Assert.Equal(lines.Order(StringComparer.Ordinal).Distinct(StringComparer.Ordinal), lines);
        var known = lines.Where(word => Hunspell.UnknownWords(word).Count == 0).ToList();
        Assert.True(known.Count == 0, "hunspell already knows these words; remove them from the word list: " + string.Join(", ", known));
    }

    /// <summary>hunspell reports an unknown word before a full stop with the stop, in case it is an abbreviation.</summary>
    private static string TrimAbbreviationDot(string word) => word.Length > 1 ? word.TrimEnd('.') : word;

    private static IEnumerable<string> ContentFiles() =>
        Directory.EnumerateFiles(Repository.Input, "*.md", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(Repository.Input, "_data"), "*.yml"))
            .Order(StringComparer.Ordinal);

    private static void RequireHunspell()
    {
        if (Hunspell.UnavailableReason is not { } reason)
        {
            return;
        }

        Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), reason);
        Assert.Skip(reason);
    }
}
