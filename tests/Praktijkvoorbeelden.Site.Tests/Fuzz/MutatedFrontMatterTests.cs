using System.Text;
using CsCheck;
using Praktijkvoorbeelden.Site.Diagnostics;

namespace Praktijkvoorbeelden.Site.Tests.Fuzz;

/// <summary>
/// Valid files of the "goed" fixture, damaged the way real edits damage files: lines deleted,
/// doubled, swapped or re-indented, characters flipped, bytes that are not UTF-8, a cut-off end.
/// The check never throws, and every message points at a line that exists in its file.
/// </summary>
public sealed class MutatedFrontMatterTests(ITestOutputHelper output)
{
    private static readonly Gen<(string File, Mutation[] Mutations)> Damaged =
        Gen.Select(Gen.OneOf([.. FixtureCheck.ContentFiles]), Mutation.Gen.Array[1, 5]);

    [Fact]
    public void The_undamaged_fixture_passes_so_every_error_below_comes_from_a_mutation()
    {
        foreach (var file in FixtureCheck.ContentFiles)
        {
            var outcome = FixtureCheck.Run(file, FixtureCheck.Original(file));

            Assert.False(outcome.HasErrors, string.Join('\n', outcome.Diagnostics));
        }
    }

    [Fact]
    public void Mutated_files_give_diagnostics_on_lines_of_the_file_never_an_exception()
    {
        var counter = new InputCounter(output, "mutated fixture files (parse stage)");
        try
        {
            Damaged.Sample((file, mutations) =>
            {
                counter.Tried();
                var bytes = Apply(file, mutations);
                var outcome = FixtureCheck.Run(file, bytes);

                DiagnosticRules.AssertWellFormed(outcome.Diagnostics, outcome.LineCounts);
                DiagnosticRules.AssertNotSilentlyDropped(outcome, file);
                if (!outcome.HasErrors)
                {
                    counter.Accepted();
                    AcceptedDocuments.AssertValid(outcome);
                }
            }, iter: 1_500, print: Print);
        }
        finally
        {
            counter.Report();
        }
    }

    [Fact]
    public void Mutated_files_never_crash_the_whole_check()
    {
        var counter = new InputCounter(output, "mutated fixture files, full CheckOnly builds");
        try
        {
            Damaged.Sample((file, mutations) =>
            {
                counter.Tried();
                var (result, lineCounts) = FullCheck.Run(file, Apply(file, mutations));

                DiagnosticRules.AssertWellFormed(result.Diagnostics, lineCounts, linkCheckMayNameOutput: true);
                if (result.Succeeded)
                {
                    counter.Accepted();
                }
            }, iter: 20, print: Print);
        }
        finally
        {
            counter.Report();
        }
    }

    /// <summary>
    /// A precise line check: an unknown key inserted anywhere between the keys is reported on
    /// exactly its line, also when an earlier value holds a character that YAML 1.1 counted as
    /// a line break but editors do not (U+0085, U+2028, U+2029), or the file uses CR LF.
    /// </summary>
    [Fact]
    public void An_unknown_key_is_reported_on_the_line_where_it_is_written()
    {
        var original = Encoding.UTF8.GetString(FixtureCheck.Original(FixtureCheck.Voorbeeld)).Split('\n').ToList();
        var end = original.IndexOf("---", 1);
        var topLevel = Enumerable.Range(1, end).Where(i => i == end || !original[i].StartsWith(' ')).ToArray();
        var counter = new InputCounter(output, "unknown key at a random line");
        try
        {
            Gen.Select(Gen.OneOf(topLevel), Gen.OneOf("", "\u0085", "\u2028", "\u2029", "\u000B", "\t"), Gen.Bool).Sample((at, oddCharacter, crlf) =>
            {
                counter.Tried();
                var lines = original.ToList();
                lines[1] = $"titel: Voorbeeldstad{oddCharacter}praat met jongeren";
                lines.Insert(at, "onbekende-sleutel: waarde");
                var text = string.Join(crlf ? "\r\n" : "\n", lines);

                var outcome = FixtureCheck.Run(FixtureCheck.Voorbeeld, text);

                DiagnosticRules.AssertWellFormed(outcome.Diagnostics, outcome.LineCounts);
                var unknown = outcome.Diagnostics.Where(d => d.Message.Contains("onbekende-sleutel", StringComparison.Ordinal)).ToList();
                Assert.True(unknown.Count == 1, string.Join('\n', outcome.Diagnostics));
                Assert.Equal(at + 1, unknown[0].Line);
                Assert.Equal(Severity.Error, unknown[0].Severity);
            }, iter: 100, print: t => $"line {t.Item1 + 1}, odd character U+{(t.Item2.Length == 0 ? 0 : t.Item2[0]):X4}, CR LF {t.Item3}");
        }
        finally
        {
            counter.Report();
        }
    }

    private static byte[] Apply(string file, Mutation[] mutations) =>
        mutations.Aggregate(FixtureCheck.Original(file), (bytes, mutation) => mutation.Apply(bytes));

    private static string Print((string File, Mutation[] Mutations) t) =>
        $"{t.File}: {string.Join("; ", t.Mutations.Select(m => m.ToString()))}\n{Show.Text(Encoding.UTF8.GetString(Apply(t.File, t.Mutations)))}";
}
