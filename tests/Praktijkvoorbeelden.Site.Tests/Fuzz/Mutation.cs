using System.Text;
using CsCheck;

namespace Praktijkvoorbeelden.Site.Tests.Fuzz;

internal enum MutationKind
{
    DeleteLine,
    DuplicateLine,
    SwapLines,
    MoveLine,
    FlipByte,
    InsertText,
    InsertBytes,
    Truncate,
    Indent,
    Dedent,
    TabIndent,
    CrLf,
    LoneCr,
    DeleteRange,
}

/// <summary>
/// One edit of a file's bytes, as a careless editor, a bad merge or a broken upload makes them.
/// Positions are taken modulo the length of the file, so any mutation applies to any file.
/// </summary>
internal sealed record Mutation(MutationKind Kind, int Position, int Other, byte[] Bytes)
{
    private static readonly string[] Snippets =
    [
        ":", ": ", "-", "- ", " ", "\t", "[", "]", "{", "}", "'", "\"", "#", "&a ", "*a", "|", ">", "!", "%", "@", "`", "?", ",", "\\",
        "---", "...", "\n---\n", "\n", "\r", "\u0000", "\u0085", "\u2028", "\uFEFF", "😀", "é", "e\u0301", "titel: x\n", "aliassen: [//evil.example/]\n",
        "  - titel: x\n", "<script>", "\"\\x01\"", "\"\\uD800\"", "*", "&",
    ];

    public static Gen<Mutation> Gen { get; } = CsCheck.Gen.Select(
        CsCheck.Gen.Enum<MutationKind>(),
        CsCheck.Gen.Int[0, 100_000],
        CsCheck.Gen.Int[0, 100_000],
        CsCheck.Gen.Frequency(
            (3, CsCheck.Gen.OneOf(Snippets).Select(Encoding.UTF8.GetBytes)),
            (1, CsCheck.Gen.Byte.Array[1, 8])))
        .Select(t => new Mutation(t.Item1, t.Item2, t.Item3, t.Item4));

    public byte[] Apply(byte[] input)
    {
        var lines = Split(input);
        var line = Position % lines.Count;
        var other = Other % lines.Count;
        var at = input.Length == 0 ? 0 : Position % (input.Length + 1);
        switch (Kind)
        {
            case MutationKind.DeleteLine:
                lines.RemoveAt(line);
                break;
            case MutationKind.DuplicateLine:
                lines.Insert(line, lines[line]);
                break;
            case MutationKind.SwapLines:
                (lines[line], lines[other]) = (lines[other], lines[line]);
                break;
            case MutationKind.MoveLine:
                var moved = lines[line];
                lines.RemoveAt(line);
                lines.Insert(Math.Min(other, lines.Count), moved);
                break;
            case MutationKind.FlipByte when input.Length > 0:
                var flipped = (byte[])input.Clone();
                flipped[Position % input.Length] = Bytes[0];
                return flipped;
            case MutationKind.InsertText or MutationKind.InsertBytes:
                return [.. input[..at], .. Bytes, .. input[at..]];
            case MutationKind.Truncate:
                return input[..at];
            case MutationKind.DeleteRange:
                return [.. input[..at], .. input[Math.Min(input.Length, at + 1 + (Other % 40))..]];
            case MutationKind.Indent:
                lines[line] = [.. Encoding.ASCII.GetBytes(new string(' ', 1 + (Other % 6))), .. lines[line]];
                break;
            case MutationKind.Dedent:
                lines[line] = [.. lines[line].SkipWhile(b => b == (byte)' ').Skip(Other % 2)];
                break;
            case MutationKind.TabIndent:
                lines[line] = [(byte)'\t', .. lines[line].SkipWhile(b => b == (byte)' ')];
                break;
            case MutationKind.CrLf:
                return Join(lines, "\r\n"u8);
            case MutationKind.LoneCr:
                return Join(lines, "\r"u8);
        }

        return Join(lines, "\n"u8);
    }

    public override string ToString() => $"{Kind} at {Position}/{Other} with {Show.Text(Encoding.UTF8.GetString(Bytes))} ({Convert.ToHexString(Bytes)})";

    private static List<byte[]> Split(byte[] input)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < input.Length; i++)
        {
            if (input[i] == (byte)'\n')
            {
                lines.Add(input[start..i]);
                start = i + 1;
            }
        }

        lines.Add(input[start..]);
        return lines;
    }

    private static byte[] Join(List<byte[]> lines, ReadOnlySpan<byte> separator)
    {
        var result = new List<byte>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                result.AddRange(separator);
            }

            result.AddRange(lines[i]);
        }

        return [.. result];
    }
}
