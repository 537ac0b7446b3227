using System.Text.RegularExpressions;
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
        var prose = ContentFiles().ToDictionary(file => file, ProseExtractor.FromFile);

        // One hunspell run for all files (loading the dictionary is the slow part), then each
        // unknown word is traced back to the files that contain it.
        var unknownWords = Hunspell.UnknownWords(string.Join('\n', prose.Values))
            .Select(TrimAbbreviationDot)
            .Where(word => !words.Accepts(word))
            .ToHashSet(StringComparer.Ordinal);
        var unknown = prose
            .SelectMany(file => unknownWords.Where(word => ContainsWord(file.Value, word)).Order(StringComparer.Ordinal)
                .Select(word => $"{Path.GetRelativePath(Repository.Root, file.Key)}: {word}"))
            .ToList();

        Assert.True(unknownWords.Count == 0,
            "Unknown words (fix the spelling, or add a genuine term to tests/Praktijkvoorbeelden.Content.Tests/woordenlijst.txt):\n" + string.Join('\n', unknown));
    }

    [Fact]
    public void The_word_list_is_sorted_and_holds_only_words_hunspell_does_not_know()
    {
        RequireHunspell();
        var lines = WordList.Load().Lines;

        Assert.Equal(lines.Order(StringComparer.Ordinal).Distinct(StringComparer.Ordinal), lines);
        var unknown = Hunspell.UnknownWords(string.Join('\n', lines)).Select(TrimAbbreviationDot).ToHashSet(StringComparer.Ordinal);
        var known = lines.Where(word => !unknown.Contains(word)).ToList();
        Assert.True(known.Count == 0, "hunspell already knows these words; remove them from the word list: " + string.Join(", ", known));
    }

    /// <summary>hunspell reports an unknown word before a full stop with the stop, in case it is an abbreviation.</summary>
    private static string TrimAbbreviationDot(string word) => word.Length > 1 ? word.TrimEnd('.') : word;

    private static bool ContainsWord(string text, string word) =>
        Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(word)}(?![\p{{L}}\p{{N}}])");

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
