using Praktijkvoorbeelden.Tests.Support;

namespace Praktijkvoorbeelden.Tests.Commands;

/// <summary>A warning is printed with its file and line, but `check` and `build` still exit with 0.</summary>
public sealed class WarningCommandTests : IDisposable
{
    private const string Warning = "input/voorbeelden/eerste-voorbeeld.md:25:1: waarschuwing: De kop '## Aanpak' staat niet op de goede plek.";
    private readonly string _repository = Directory.CreateTempSubdirectory("pv-warning-").FullName;

    public WarningCommandTests()
    {
        File.WriteAllText(Path.Combine(_repository, "statiq.json"), "{ \"Host\": \"example.org\", \"GenerateSearchIndex\": false }");
        Repository.CopyDirectory(Repository.GoodFixture, Path.Combine(_repository, "input"));
        Repository.CopyDirectory(Repository.Theme, Path.Combine(_repository, "theme"));
        var example = Path.Combine(_repository, "input", "voorbeelden", "eerste-voorbeeld.md");
        File.WriteAllText(example, File.ReadAllText(example).Replace("## Aanleiding", "## Resultaten", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_repository, recursive: true);

    [Fact]
    public async Task Check_prints_the_warning_and_exits_with_0()
    {
        var (exitCode, output, error) = await CliProcess.RunAsync(_repository, "check");

        Assert.True(exitCode == 0, error);
        Assert.Contains(Warning, output, StringComparison.Ordinal);
        Assert.Contains("0 fouten, 1 waarschuwing.", output, StringComparison.Ordinal);
        Assert.Contains("Geen fouten:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Alles in orde", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quiet_build_still_prints_the_warning_and_writes_the_site()
    {
        var (exitCode, output, error) = await CliProcess.RunAsync(_repository, "build", "--quiet");

        Assert.True(exitCode == 0, error);
        Assert.Contains(Warning, output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_repository, "output", "voorbeelden", "eerste-voorbeeld", "index.html")));
    }
}
