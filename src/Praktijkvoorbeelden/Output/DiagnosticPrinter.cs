using Praktijkvoorbeelden.Site.Diagnostics;

namespace Praktijkvoorbeelden.Cli.Output;

/// <summary>
/// Prints diagnostics for people, and, inside GitHub Actions, also as workflow annotations so
/// each mistake shows on the right line of the pull request.
/// </summary>
internal static class DiagnosticPrinter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter writer)
    {
        var github = Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true";
        foreach (var d in diagnostics)
        {
            writer.WriteLine(d.ToString());
            if (github)
            {
                writer.WriteLine(Annotation(d));
            }
        }

        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        if (diagnostics.Count > 0)
        {
            writer.WriteLine($"{errors} {(errors == 1 ? "fout" : "fouten")}, {warnings} {(warnings == 1 ? "waarschuwing" : "waarschuwingen")}.");
        }
    }

    internal static string Annotation(Diagnostic d)
    {
        var kind = d.Severity == Severity.Error ? "error" : "warning";
        var position = d.Line > 0 ? $",line={d.Line},col={Math.Max(1, d.Column)}" : "";
        var message = d.Fix is null ? d.Message : $"{d.Message} {d.Fix}";
        return $"::{kind} file={Escape(d.File, true)}{position}::{Escape(message, false)}";
    }

    // GitHub's workflow-command escaping: % and line breaks always, and , : in properties.
    private static string Escape(string value, bool property)
    {
        var escaped = value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);
        return property ? escaped.Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal) : escaped;
    }
}
