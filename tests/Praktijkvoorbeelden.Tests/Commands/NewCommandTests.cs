using System.Text.RegularExpressions;
using Praktijkvoorbeelden.Site.Diagnostics;
using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Parse;
using Praktijkvoorbeelden.Site.Pipeline;
using Praktijkvoorbeelden.Tests.Support;

namespace Praktijkvoorbeelden.Tests.Commands;

/// <summary>`new voorbeeld &lt;slug&gt;` in a repository with statiq.json: refuses bad names and existing files, writes a usable template.</summary>
public sealed partial class NewCommandTests : IDisposable
{
    private readonly string _repository = Directory.CreateTempSubdirectory("pv-new-").FullName;

    public NewCommandTests()
    {
        File.WriteAllText(Path.Combine(_repository, "statiq.json"), "{ \"Host\": \"example.org\", \"GenerateSearchIndex\": false }");
        Repository.CopyDirectory(Repository.GoodFixture, Path.Combine(_repository, "input"));
        Repository.CopyDirectory(Repository.Theme, Path.Combine(_repository, "theme"));
    }

    private string Voorbeelden => Path.Combine(_repository, "input", "voorbeelden");

    public void Dispose() => Directory.Delete(_repository, recursive: true);

    [Theory]
    [InlineData("Mijn Voorbeeld", "mijn-voorbeeld")]
    [InlineData("cliënten-raad", "clienten-raad")]
    [InlineData("../buiten", "buiten")]
    public async Task An_invalid_name_is_refused_in_Dutch_with_a_suggestion_and_writes_nothing(string slug, string suggestion)
    {
        var before = Directory.GetFiles(_repository, "*", SearchOption.AllDirectories).Length;

        var (exitCode, _, error) = await CliProcess.RunAsync(_repository, "new", "voorbeeld", slug);

        Assert.Equal(1, exitCode);
        Assert.Contains($"'{slug}' kan geen naam van een voorbeeld zijn", error, StringComparison.Ordinal);
        Assert.Contains($"'{suggestion}'", error, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFiles(_repository, "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public async Task An_existing_file_is_never_overwritten()
    {
        var path = Path.Combine(Voorbeelden, "eerste-voorbeeld.md");
        var before = await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken);

        var (exitCode, _, error) = await CliProcess.RunAsync(_repository, "new", "voorbeeld", "eerste-voorbeeld");

        Assert.Equal(1, exitCode);
        Assert.Contains("input/voorbeelden/eerste-voorbeeld.md bestaat al", error, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_new_file_has_every_key_explained_in_a_Dutch_comment_and_parses()
    {
        var (exitCode, output, _) = await CliProcess.RunAsync(_repository, "new", "voorbeeld", "nieuw-voorbeeld");

        Assert.Equal(0, exitCode);
        Assert.Contains("input/voorbeelden/nieuw-voorbeeld.md", output, StringComparison.Ordinal);
        var text = await File.ReadAllTextAsync(Path.Combine(Voorbeelden, "nieuw-voorbeeld.md"), TestContext.Current.CancellationToken);
        var split = FrontMatterSplitter.Split(text);
        Assert.NotNull(split);
        var diagnostics = new DiagnosticBag();
        var root = YamlReader.Parse(split.Yaml, split.YamlLine, "nieuw-voorbeeld.md", diagnostics) as YamlDotNet.RepresentationModel.YamlMappingNode;
        Assert.Empty(diagnostics.Items);
        Assert.NotNull(root);

        var keys = root.Children.Keys.Select(k => ((YamlDotNet.RepresentationModel.YamlScalarNode)k).Value).ToList();
        Assert.Equal(FrontMatterSchema.Voorbeeld.Select(f => f.Key), keys);
        var lines = split.Yaml.Split('\n');
        foreach (var field in FrontMatterSchema.Voorbeeld)
        {
            var at = Array.FindIndex(lines, l => l.StartsWith(field.Key + ":", StringComparison.Ordinal));
            var comments = lines[..at].Reverse().TakeWhile(l => l.StartsWith('#')).ToList();
            Assert.True(comments.Any(c => c.Contains(field.Description, StringComparison.Ordinal)), $"'{field.Key}' has no explanation above it");
        }

        Assert.Contains("# Kies uit: jongeren, ouders", split.Yaml, StringComparison.Ordinal); // the vocabulary of this repository
        Assert.Contains($"bijgewerkt: {DateTime.Today:yyyy-MM-dd}", split.Yaml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_finds_only_the_example_values_to_replace_and_passes_once_they_are_filled_in()
    {
        await CliProcess.RunAsync(_repository, "new", "voorbeeld", "nieuw-voorbeeld");

        // The template's example values are not in this small repository's vocabularies, nor is the theme its
        // example link points to (reported in the same run); nothing else may be wrong: no YAML error, no
        // unknown or missing key.
        var errors = Check().Where(d => d.Severity == Severity.Error).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e =>
        {
            Assert.Equal("input/voorbeelden/nieuw-voorbeeld.md", e.File);
            Assert.True(e.Message.Contains("bestaat niet in input/", StringComparison.Ordinal) || ExampleThemeLink().IsMatch(e.Message), e.ToString());
        });
        Assert.Contains(errors, e => ExampleThemeLink().IsMatch(e.Message));

        var path = Path.Combine(Voorbeelden, "nieuw-voorbeeld.md");
        var text = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        text = Fill(text, "themas", "[meedoen]");
        text = Fill(text, "doelgroepen", "[jongeren]");
        text = Fill(text, "werkvormen", "[interviews]");
        text = Fill(text, "participatieniveau", "raadplegen");
        text = Fill(text, "schaal", "gemeente");
        text = Fill(text, "status", "afgerond");
        text = Regex.Replace(text, @"\]\(/themas/[a-z-]+/\)", "](/themas/meedoen/)");
        await File.WriteAllTextAsync(path, text, TestContext.Current.CancellationToken);

        var (exitCode, output, error) = await CliProcess.RunAsync(_repository, "check");

        Assert.True(exitCode == 0, error);
        Assert.Contains("Alles in orde", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_exits_with_1_and_names_file_line_and_problem_in_Dutch()
    {
        var path = Path.Combine(Voorbeelden, "eerste-voorbeeld.md");
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken)).Replace("status: afgerond", "status: klaar", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        var line = Array.FindIndex(await File.ReadAllLinesAsync(path, TestContext.Current.CancellationToken), l => l.StartsWith("status:", StringComparison.Ordinal)) + 1;

        var (exitCode, _, error) = await CliProcess.RunAsync(_repository, "check");

        Assert.Equal(1, exitCode);
        Assert.Contains($"input/voorbeelden/eerste-voorbeeld.md:{line}:", error, StringComparison.Ordinal);
        Assert.Contains("fout: De waarde 'klaar' bij 'status' bestaat niet", error, StringComparison.Ordinal);
        Assert.Contains("1 fout, 0 waarschuwingen.", error, StringComparison.Ordinal);
    }

    private IReadOnlyList<Diagnostic> Check() => SiteBuilder.Build(new BuildOptions { RootDirectory = _repository, CheckOnly = true }).Diagnostics;

    [GeneratedRegex(@"^De link '/themas/[a-z-]+/' wijst naar een pagina die niet bestaat\.")]
    private static partial Regex ExampleThemeLink();

    private static string Fill(string text, string key, string value) =>
        Regex.Replace(text, $"^{key}: .*$", $"{key}: {value}", RegexOptions.Multiline);
}
