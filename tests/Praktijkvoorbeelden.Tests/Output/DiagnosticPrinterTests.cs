using Praktijkvoorbeelden.Cli.Output;
using Praktijkvoorbeelden.Site.Diagnostics;

namespace Praktijkvoorbeelden.Tests.Output;

/// <summary>Problems print for people, and inside GitHub Actions also as annotations on the right line of a pull request.</summary>
[Collection(ProcessEnvironment.Name)]
public sealed class DiagnosticPrinterTests
{
    private static readonly Diagnostic Error = new(Severity.Error, "input/voorbeelden/x.md", 3, 5, "Onbekende sleutel 'titl'.", "Bedoelt u 'titel'?");

    [Fact]
    public void An_annotation_names_file_line_and_column_with_the_message_and_the_fix()
    {
        Assert.Equal("::error file=input/voorbeelden/x.md,line=3,col=5::Onbekende sleutel 'titl'. Bedoelt u 'titel'?", DiagnosticPrinter.Annotation(Error));
    }

    [Fact]
    public void A_warning_is_a_warning_annotation()
    {
        var warning = Error with { Severity = Severity.Warning, Fix = null };

        Assert.Equal("::warning file=input/voorbeelden/x.md,line=3,col=5::Onbekende sleutel 'titl'.", DiagnosticPrinter.Annotation(warning));
    }

    [Fact]
    public void A_problem_with_a_whole_file_has_no_position()
    {
        var whole = Error with { Line = 0, Column = 0 };

        Assert.StartsWith("::error file=input/voorbeelden/x.md::", DiagnosticPrinter.Annotation(whole), StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_without_a_column_points_at_the_first_column()
    {
        Assert.Contains(",line=3,col=1::", DiagnosticPrinter.Annotation(Error with { Column = 0 }), StringComparison.Ordinal);
    }

    [Fact]
    public void Line_breaks_and_percent_signs_are_escaped_so_a_message_cannot_start_a_new_workflow_command()
    {
        var multiline = Error with { Message = "Regel één,\nnog 100%: klaar\r\n::error::nep", Fix = null };

        var annotation = DiagnosticPrinter.Annotation(multiline);

        Assert.Equal("::error file=input/voorbeelden/x.md,line=3,col=5::Regel één,%0Anog 100%25: klaar%0D%0A::error::nep", annotation);
        Assert.DoesNotContain('\n', annotation);
    }

    [Fact]
    public void Commas_and_colons_in_a_file_name_cannot_break_the_properties()
    {
        var odd = Error with { File = "input/a,line=1:b.md" };

        Assert.StartsWith("::error file=input/a%2Cline=1%3Ab.md,line=3,col=5::", DiagnosticPrinter.Annotation(odd), StringComparison.Ordinal);
    }

    [Fact]
    public void Inside_github_actions_each_problem_is_also_printed_as_an_annotation()
    {
        var output = PrintWith("true", [Error, Error with { Severity = Severity.Warning }]);

        Assert.Contains(Error.ToString(), output, StringComparison.Ordinal);
        Assert.Contains(DiagnosticPrinter.Annotation(Error), output, StringComparison.Ordinal);
        Assert.Contains("::warning ", output, StringComparison.Ordinal);
        Assert.Contains("1 fout, 1 waarschuwing.", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("false")]
    [InlineData("1")]
    public void Outside_github_actions_no_annotations_are_printed(string? value)
    {
        var output = PrintWith(value, [Error, Error]);

        Assert.Contains(Error.ToString(), output, StringComparison.Ordinal);
        Assert.DoesNotContain("::error", output, StringComparison.Ordinal);
        Assert.Contains("2 fouten, 0 waarschuwingen.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_is_printed_when_there_are_no_problems()
    {
        Assert.Equal("", PrintWith("true", []));
    }

    private static string PrintWith(string? githubActions, IReadOnlyList<Diagnostic> diagnostics)
    {
        var previous = Environment.GetEnvironmentVariable("GITHUB_ACTIONS");
        Environment.SetEnvironmentVariable("GITHUB_ACTIONS", githubActions);
        try
        {
            using var writer = new StringWriter();
            DiagnosticPrinter.Print(diagnostics, writer);
            return writer.ToString();
        }
        finally
        {
            Environment.SetEnvironmentVariable("GITHUB_ACTIONS", previous);
        }
    }
}

/// <summary>Tests that change environment variables of the process run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironment
{
    public const string Name = "Omgevingsvariabelen";
}
