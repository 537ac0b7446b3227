using Praktijkvoorbeelden.Site.Diagnostics;

namespace Praktijkvoorbeelden.Site.Tests.Fuzz;

/// <summary>
/// The inputs the fuzzing found, kept as fixed cases. Before the fix each one crashed or hung
/// <c>check</c>: a stack overflow ends the process, so no catch could turn it into a message.
/// </summary>
public sealed class KnownHostileYamlTests
{
    public static TheoryData<string, string, int> Cases => new()
    {
        // A list that contains itself, used as a key: hashing the key recursed until the stack overflowed.
        { "? &a [*a]\n: x", "sleutel moet een woord", 2 },
        { "a: &a [*a]", "verwijzing", 2 },
        // Nesting deeper than the stack: the YAML loader is recursive.
        { "titel: " + new string('[', 100_000) + new string(']', 100_000), "te diep", 2 },
        { "titel:\n" + string.Concat(Enumerable.Repeat("- ", 100_000)) + "x", "te diep", 3 },
        // "Billion laughs": nine levels of ten aliases, hashed as a key, took minutes.
        { string.Join('\n', Enumerable.Range(0, 9).Select(i => i == 0 ? "l0: &l0 [ha, ha, ha, ha, ha, ha, ha, ha, ha, ha]" : $"l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))}]")) + "\n? *l8\n: x", "verwijzing", 3 },
        { "titel: &t Een titel\nsamenvatting: *t", "verwijzing", 3 },
        { "? [a, b]\n: x", "sleutel moet een woord", 2 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Yaml_that_crashed_the_check_is_now_a_dutch_error_on_its_line(string yaml, string message, int line)
    {
        var outcome = FixtureCheck.Run(FixtureCheck.Pagina, $"---\n{yaml}\n---\nTekst.\n");

        var error = Assert.Single(outcome.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("geen geldige YAML", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(line, error.Line);
        Assert.Equal("input/" + FixtureCheck.Pagina, error.File);
    }

    [Theory]
    [InlineData("samenvatting: \"Tekst met een \\x01 stuurteken\"", "U+0001")]
    [InlineData("samenvatting: \"\\uFFFF\"", "U+FFFF")]
    public void A_control_character_that_crashed_the_feed_is_an_error_on_its_line(string line, string character)
    {
        var outcome = FixtureCheck.Run(FixtureCheck.Pagina, $"---\ntitel: Over\n{line}\n---\nTekst.\n");

        var error = Assert.Single(outcome.Diagnostics);
        Assert.Contains($"onzichtbaar stuurteken ({character})", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
    }

    [Theory]
    [InlineData("[\"...\"]", "geen letters of cijfers")]
    [InlineData("[\"-\"]", "geen letters of cijfers")]
    public void A_gemeente_name_without_a_slug_that_broke_a_link_is_an_error_on_its_line(string value, string message)
    {
        var text = System.Text.Encoding.UTF8.GetString(FixtureCheck.Original(FixtureCheck.Voorbeeld))
            .Replace("gemeenten: [Voorbeeldstad]", $"gemeenten: {value}", StringComparison.Ordinal);

        var outcome = FixtureCheck.Run(FixtureCheck.Voorbeeld, text);

        var error = Assert.Single(outcome.Diagnostics);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(5, error.Line);
    }
}
