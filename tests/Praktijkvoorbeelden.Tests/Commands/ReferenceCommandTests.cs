using Praktijkvoorbeelden.Site.Reference;
using Praktijkvoorbeelden.Tests.Support;

namespace Praktijkvoorbeelden.Tests.Commands;

/// <summary>`reference` writes the reference page and the template, the latter from the same code as `new voorbeeld`.</summary>
public sealed class ReferenceCommandTests : IDisposable
{
    private readonly string _repository = Directory.CreateTempSubdirectory("pv-reference-").FullName;

    public ReferenceCommandTests()
    {
        File.WriteAllText(Path.Combine(_repository, "statiq.json"), "{ \"Host\": \"example.org\", \"GenerateSearchIndex\": false }");
        Repository.CopyDirectory(Repository.GoodFixture, Path.Combine(_repository, "input"));
        Repository.CopyDirectory(Repository.Theme, Path.Combine(_repository, "theme"));
    }

    public void Dispose() => Directory.Delete(_repository, recursive: true);

    [Fact]
    public async Task Reference_writes_the_template_that_new_voorbeeld_writes_with_a_fixed_date()
    {
        var (exitCode, output, error) = await CliProcess.RunAsync(_repository, "reference");
        Assert.True(exitCode == 0, error);
        Assert.Contains($"Geschreven: {TemplatePage.RelativePath}", output, StringComparison.Ordinal);
        (exitCode, _, error) = await CliProcess.RunAsync(_repository, "new", "voorbeeld", "nieuw-voorbeeld");
        Assert.True(exitCode == 0, error);

        var template = await File.ReadAllTextAsync(Path.Combine(_repository, TemplatePage.RelativePath), TestContext.Current.CancellationToken);
        var written = await File.ReadAllTextAsync(Path.Combine(_repository, "input", "voorbeelden", "nieuw-voorbeeld.md"), TestContext.Current.CancellationToken);

        Assert.Equal(ReferencePage.Create(), await File.ReadAllTextAsync(Path.Combine(_repository, ReferencePage.RelativePath), TestContext.Current.CancellationToken));
        Assert.Contains("# Kies uit: jongeren, ouders", template, StringComparison.Ordinal); // this repository's vocabulary
        Assert.Contains($"bijgewerkt: {TemplatePage.Date:yyyy-MM-dd}\n", template, StringComparison.Ordinal);
        Assert.Equal(written.Replace($"bijgewerkt: {DateTime.Today:yyyy-MM-dd}\n", $"bijgewerkt: {TemplatePage.Date:yyyy-MM-dd}\n", StringComparison.Ordinal), template);
    }

    [Fact]
    public async Task A_broken_vocabulary_file_writes_nothing()
    {
        await File.WriteAllTextAsync(Path.Combine(_repository, "input", "_data", "doelgroepen.yml"), "- slug: [kapot\n", TestContext.Current.CancellationToken);

        var (exitCode, _, error) = await CliProcess.RunAsync(_repository, "reference");

        Assert.Equal(1, exitCode);
        Assert.Contains("Er is niets geschreven", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_repository, TemplatePage.RelativePath)));
        Assert.False(File.Exists(Path.Combine(_repository, ReferencePage.RelativePath)));
    }
}
