using Praktijkvoorbeelden.Tests.Support;

namespace Praktijkvoorbeelden.Tests.Commands;

/// <summary>
/// `build --output` with a folder that a build would destroy: exit code 1, a Dutch reason, and
/// every file where it was. The project is a temporary copy, so a refusal that fails harms nothing.
/// </summary>
public sealed class OutputFolderCommandTests : IDisposable
{
    private readonly string _repository = Directory.CreateTempSubdirectory("pv-output-").FullName;

    public OutputFolderCommandTests()
    {
        File.WriteAllText(Path.Combine(_repository, "statiq.json"), "{ \"Host\": \"example.org\", \"GenerateSearchIndex\": false }");
        Repository.CopyDirectory(Repository.GoodFixture, Path.Combine(_repository, "input"));
        Repository.CopyDirectory(Repository.Theme, Path.Combine(_repository, "theme"));
    }

    public void Dispose() => Directory.Delete(_repository, recursive: true);

    [Theory]
    [InlineData(".", "is de projectmap.")]
    [InlineData("input", "is de map met de inhoud (input/).")]
    [InlineData("theme", "is de map met het thema (theme/).")]
    public async Task Build_into_the_project_or_its_input_or_theme_is_refused_and_changes_nothing(string output, string reason)
    {
        var before = Snapshot(_repository);

        var (exitCode, _, error) = await CliProcess.RunAsync(_repository, "build", "--output", output);

        Assert.Equal(1, exitCode);
        Assert.Contains($"--output: fout: De uitvoermap '{output}' (", error, StringComparison.Ordinal);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Contains("bijvoorbeeld --output output.", error, StringComparison.Ordinal);
        Assert.Contains("De site is niet gebouwd.", error, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(_repository));
    }

    [Fact]
    public async Task Build_into_the_home_folder_is_refused_and_changes_nothing()
    {
        var home = Directory.CreateTempSubdirectory("pv-home-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(home, "belangrijk.txt"), "van de gebruiker");
            var before = Snapshot(home);

            // The shell turns `--output ~` into the home folder; HOME is where .NET finds it on Linux and macOS.
            var (exitCode, _, error) = await CliProcess.RunAsync(_repository, new Dictionary<string, string> { ["HOME"] = home }, "build", "--output", home);

            Assert.Equal(1, exitCode);
            Assert.Contains("is uw thuismap.", error, StringComparison.Ordinal);
            Assert.Equal(before, Snapshot(home));
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    [Fact]
    public async Task Check_refuses_an_output_path_in_statiq_json_that_is_the_project()
    {
        File.WriteAllText(Path.Combine(_repository, "statiq.json"), "{\n  \"OutputPath\": \".\"\n}\n");

        var (exitCode, _, error) = await CliProcess.RunAsync(_repository, "check");

        Assert.Equal(1, exitCode);
        Assert.Contains("statiq.json:2:3: fout: De uitvoermap '.' (", error, StringComparison.Ordinal);
        Assert.Contains("\"OutputPath\": \"output\"", error, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).ToDictionary(
            p => Path.GetRelativePath(folder, p),
            p => File.Exists(p) ? Convert.ToHexString(File.ReadAllBytes(p)) + "@" + File.GetLastWriteTimeUtc(p).Ticks : "map",
            StringComparer.Ordinal);
}
