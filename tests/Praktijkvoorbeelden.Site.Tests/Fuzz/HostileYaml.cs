using CsCheck;
using Praktijkvoorbeelden.Site.Model;

namespace Praktijkvoorbeelden.Site.Tests.Fuzz;

/// <summary>
/// Generators for YAML-ish front matter: real keys and made-up ones, scalars that are almost
/// right or plainly hostile, broken structure, anchors and aliases, tabs, deep nesting, very
/// long text and control characters.
/// </summary>
internal static class HostileYaml
{
    private static readonly string[] SchemaKeys =
        [.. FrontMatterSchema.Voorbeeld.Concat(FrontMatterSchema.Thema).Concat(FrontMatterSchema.Pagina).Select(f => f.Key)
            .Concat(FrontMatterSchema.Source.Select(f => f.Key)).Distinct(StringComparer.Ordinal)];

    private static readonly string[] OtherKeys =
    [
        "", " ", "Titel", "TITEL", "titel ", "tittel", "titels", "thema", "bron", "alias", "<<", "-", "~", "null", "1", "2015", "ä", "🙂",
        "\"titel\"", "'titel'", "\"ti\\x74el\"", "__proto__", "constructor", "!!str titel", "&k titel", "*k", "? titel", "[titel]", "{titel: x}",
        "titel\u200B", "t\u0000itel", "a b", "a\tb", "#titel", "%titel", "@titel", "`titel`", "ｔｉｔｅｌ",
    ];

    /// <summary>Values a contributor could write by mistake, and values an attacker would try.</summary>
    public static readonly string[] Scalars =
    [
        "", " ", "~", "null", "true", "yes", "no", "0", "-1", "2015", "1899", "2101", "99999999999999999999", "0x7E0", "0o17", "1e3", ".inf", "-.nan",
        "2015.0", "+2015", "2026-11-25", "2026-02-30", "0001-01-01", "9999-12-31", "2026-11-25T10:00:00Z", "25-11-2026", "2026-11-25 # datum",
        "meedoen", "jongeren", "ouders", "gemeente", "regio", "instelling", "landelijk", "afgerond", "lopend", "raadplegen", "interviews", "panel",
        "eerste-voorbeeld", "tweede-voorbeeld", "Voorbeeldstad", "Súdwest-Fryslân", "'s-Hertogenbosch",
        "[meedoen]", "[meedoen, meedoen]", "[]", "{}", "[[[]]]", "{a: b}", "[a, {b: [c]}]", "[", "]", "{", "}", "[a, b", "{a: b", "[a,,b]", "[a: b]",
        "\"kapot", "'kapot", "kapot\"", "\"\\x01\"", "\"\\u0000\"", "\"\\uD800\"", "\"\\uDC00x\"", "\"\\U0010FFFF\"", "\"\\U00110000\"", "\"\\e\\a\\b\\v\\f\"",
        "\"\\\"", "\"\\q\"", "'it''s'", "\"tab\\there\"", "\"\\N\\_\\L\\P\"", "\"\\x7F\\x85\\x9F\"", "\"\\uFFFE\\uFFFF\"", "\"\\u202Eevil\"", "\"a\\\nb\"",
        "&a waarde", "*a", "*onbekend", "&a [x, y]", "&a", "& a", "*", "**", "!!str 2015", "!!int abc", "!!binary aGVsbG8=", "!!map {}", "!!seq []",
        "!vreemd x", "!<tag:yaml.org,2002:str> x", "!!python/object:os.system x", "? x", "|", ">-", "|+", "|-9", ">2", "| kapot",
        "javascript:alert(1)", "https://example.org", "http://", "https://", "//evil.example/", "/oud/pad", "<script>alert(1)</script>",
        "a: b", "a #b", "#commentaar", "---", "...", "--- x", "% x", "@x", "`x`", ":", "::", "- x", "-", "?", ",", "a, b",
        "\u0000", "\u0001", "\u0007", "\u001B[31m", "\u007F", "\u0085", "\u00A0", "\u200B", "\u2028", "\u2029", "\u202E", "\uFEFF", "\uFFFE",
        "\uFFFF", "\uD800", "\uDC00", "😀", "ש ל ו ם", "e\u0301", "\t", "\ttab", "x\ty", "a\rb", "a\r\nb", "a\nb",
    ];

    private static Gen<string> Indent { get; } = Gen.OneOf(
        Gen.Const(""), Gen.Const("  "), Gen.Const("    "), Gen.Const("\t"), Gen.Const(" \t"), Gen.Int[0, 12].Select(n => new string(' ', n)));

    public static Gen<string> Key { get; } = Gen.Frequency((6, Gen.OneOf(SchemaKeys)), (2, Gen.OneOf(OtherKeys)), (1, Gen.String[0, 12]));

    private static Gen<string> LongText { get; } = Gen.OneOf(
        Gen.Int[1_000, 50_000].Select(n => new string('a', n)),
        Gen.Int[100, 10_000].Select(n => string.Concat(Enumerable.Repeat("ë😀 ", n))),
        Gen.Int[100, 5_000].Select(n => "\"" + string.Concat(Enumerable.Repeat("\\u0001", n)) + "\""));

    public static Gen<string> Scalar { get; } = Gen.Frequency(
        (30, Gen.OneOf(Scalars)),
        (8, Gen.String[0, 30]),
        (5, Gen.Char["abcdefghijklmnopqrstuvwxyz -:[]{}'\"#&*!|>%@`,?\\/\t"].Array[0, 30].Select(c => new string(c))),
        (1, LongText));

    /// <summary>A flow collection: [..] or {..}, nested a few levels, sometimes left open.</summary>
    private static Gen<string> Flow { get; } = Gen.Recursive<string>((depth, inner) => depth > 3
        ? Scalar
        : Gen.Frequency(
            (3, Scalar),
            (1, inner.Array[0, 4].Select(items => "[" + string.Join(", ", items) + "]")),
            (1, Gen.Select(Key, inner).Array[0, 3].Select(pairs => "{" + string.Join(", ", pairs.Select(p => $"{p.Item1}: {p.Item2}")) + "}")),
            (1, inner.Select(s => "[" + s))));

    /// <summary>Nesting far deeper than any front matter, in every form YAML allows.</summary>
    private static Gen<string> Deep { get; } = Gen.Int[10, 3_000].SelectMany(n => Gen.OneOf(
        Gen.Const($"diep: {new string('[', n)}{new string(']', n)}"),
        Gen.Const($"diep: {new string('[', n)}"),
        Gen.Const($"diep: {string.Concat(Enumerable.Repeat("{a: ", n))}x{new string('}', n)}"),
        Gen.Const("diep:\n" + string.Concat(Enumerable.Repeat("- ", n)) + "x"),
        Gen.Const(string.Join('\n', Enumerable.Range(0, Math.Min(n, 400)).Select(i => new string(' ', i) + "k:")))));

    /// <summary>Anchors and aliases: self reference, lists as keys, and an exponential "billion laughs".</summary>
    private static Gen<string> Aliases { get; } = Gen.OneOf(
        Gen.Const("? &a [*a]\n: x"),
        Gen.Const("a: &a [*a]"),
        Gen.Const("&a titel: *a"),
        Gen.Const("basis: &b {titel: x}\n<<: *b"),
        Gen.Const("titel: &t Een titel\nsamenvatting: *t"),
        Gen.Const("? [a, b]\n: x"),
        Gen.Const("? {a: b}\n: x"),
        Gen.Int[4, 12].Select(width => Laughs(width)));

    private static string Laughs(int width)
    {
        var lines = new List<string> { $"l0: &l0 [{string.Join(", ", Enumerable.Repeat("ha", width))}]" };
        for (var level = 1; level < 9; level++)
        {
            lines.Add($"l{level}: &l{level} [{string.Join(", ", Enumerable.Repeat($"*l{level - 1}", width))}]");
        }

        lines.Add("? *l8\n: x");
        return string.Join('\n', lines);
    }

    private static Gen<string> Line { get; } = Gen.Frequency(
        (12, Gen.Select(Indent, Key, Scalar).Select(t => $"{t.Item1}{t.Item2}: {t.Item3}")),
        (4, Gen.Select(Key, Flow).Select(t => $"{t.Item1}: {t.Item2}")),
        (4, Gen.Select(Indent, Scalar).Select(t => $"{t.Item1}- {t.Item2}")),
        (3, Gen.Select(Indent, Key, Scalar).Select(t => $"{t.Item1}- {t.Item2}: {t.Item3}")),
        (2, Gen.Select(Key, Gen.OneOf("|", ">-", "|+", ">"), Scalar.Array[1, 4]).Select(t => $"{t.Item1}: {t.Item2}\n" + string.Join('\n', t.Item3.Select(l => "  " + l)))),
        (2, Gen.OneOf("---", "...", "--- x", "%YAML 1.2", "%YAML 9.9", "%TAG ! tag:x,2000:", "# commentaar", "", "   ", "\t", ": waarde", "- - - x", "? sleutel", "\"", "'")),
        (1, Scalar),
        (1, Deep),
        (1, Aliases));

    /// <summary>A whole Markdown file: mostly a front-matter block, sometimes one that is not closed or has no opening.</summary>
    public static Gen<string> Document { get; } = Gen.Select(
        Gen.Frequency((12, Gen.Const("---\n")), (1, Gen.Const("\uFEFF---\n")), (1, Gen.Const("--- \n")), (1, Gen.Const("---\r\n")), (1, Gen.Const("")), (1, Gen.Const("---"))),
        Line.Array[0, 20],
        Gen.Frequency((10, Gen.Const("\n---\n")), (1, Gen.Const("\n...\n")), (1, Gen.Const("\n")), (1, Gen.Const("\n----\n")), (1, Gen.Const("\r\n---\r\n"))),
        Gen.OneOf("## Kop\n\nTekst.\n", "", "---\n", "[link](/voorbeelden/tweede-voorbeeld/)\n", "<script>alert(1)</script>\n"),
        Gen.Bool)
        .Select(t =>
        {
            var yaml = string.Join('\n', t.Item2);
            var text = t.Item1 + yaml + t.Item3 + t.Item4;
            return t.Item5 ? text.Replace("\n", "\r\n", StringComparison.Ordinal) : text;
        });
}
