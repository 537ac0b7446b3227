using System.Text.RegularExpressions;
using Praktijkvoorbeelden.Tests.Support;

namespace Praktijkvoorbeelden.Tests.Commands;

/// <summary>`build`: exit code 0 with the site written, or 1 with the reason in Dutch and the previous site untouched.</summary>
public sealed partial class BuildCommandTests : IDisposable
{
    private readonly string _repository = Directory.CreateTempSubdirectory("pv-build-").FullName;

    public BuildCommandTests()
    {
        File.WriteAllText(Path.Combine(_repository, "statiq.json"), "{ \"Host\": \"example.org\", \"LinkRoot\": \"/pv\", \"GenerateSearchIndex\": false }");
        Repository.CopyDirectory(Repository.GoodFixture, Path.Combine(_repository, "input"));
        Repository.CopyDirectory(Repository.Theme, Path.Combine(_repository, "theme"));
    }

    private string Output => Path.Combine(_repository, "gebouwd");

    public void Dispose() => Directory.Delete(_repository, recursive: true);

    [Fact]
    public async Task A_quiet_build_prints_nothing_and_a_failing_one_exits_with_1_keeping_the_old_site()
    {
        var (exitCode, output, error) = await CliProcess.RunAsync(_repository, "build", "--quiet", "--output", Output);

        Assert.True(exitCode == 0, error);
        Assert.Equal("", output.Trim());
        var home = await File.ReadAllTextAsync(Path.Combine(Output, "index.html"), TestContext.Current.CancellationToken);
        Assert.Contains("href=\"/pv/voorbeelden/\"", home, StringComparison.Ordinal); // LinkRoot from statiq.json

        var example = Path.Combine(_repository, "input", "voorbeelden", "eerste-voorbeeld.md");
        var lines = await File.ReadAllLinesAsync(example, TestContext.Current.CancellationToken);
        var status = Array.FindIndex(lines, l => l.StartsWith("status:", StringComparison.Ordinal));
        lines[status] = "status: klaar";
        await File.WriteAllLinesAsync(example, lines, TestContext.Current.CancellationToken);
        (exitCode, _, error) = await CliProcess.RunAsync(_repository, "build", "--output", Output);

        Assert.Equal(1, exitCode);
        Assert.Contains($"input/voorbeelden/eerste-voorbeeld.md:{status + 1}:", error, StringComparison.Ordinal);
        Assert.Contains("'klaar'", error, StringComparison.Ordinal);
        Assert.Contains("De site is niet gebouwd. De vorige versie in de uitvoermap is niet veranderd.", error, StringComparison.Ordinal);
        Assert.Equal(home, await File.ReadAllTextAsync(Path.Combine(Output, "index.html"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_normal_build_reports_each_stage_with_its_time()
    {
        var (exitCode, output, error) = await CliProcess.RunAsync(_repository, "build", "--output", Output, "--link-root", "");

        Assert.True(exitCode == 0, error);
        foreach (var stage in new[] { "lezen", "controleren", "schrijven", "links nalopen" })
        {
            Assert.Matches($"(?m)^\\s+{stage}\\s+\\d+ ms", output);
        }

        Assert.Contains("href=\"/voorbeelden/\"", await File.ReadAllTextAsync(Path.Combine(Output, "index.html"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verbose_tells_more_than_the_stages()
    {
        var (exitCode, output, error) = await CliProcess.RunAsync(_repository, "build", "--verbose", "--output", Output);

        Assert.True(exitCode == 0, error);
        var details = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => !StageLine().IsMatch(l) && !l.StartsWith("Site bouwen", StringComparison.Ordinal) && !l.StartsWith("Klaar:", StringComparison.Ordinal));
        Assert.True(details.Any(), $"--verbose printed nothing beyond a normal build:\n{output}");
    }

    [GeneratedRegex(@"^\s+\S.*\s\d+ ms")]
    private static partial Regex StageLine();
}
