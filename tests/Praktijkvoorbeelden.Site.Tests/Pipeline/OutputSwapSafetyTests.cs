using Praktijkvoorbeelden.Site.Diagnostics;
using Praktijkvoorbeelden.Site.Pipeline;
using Praktijkvoorbeelden.Site.Settings;
using Praktijkvoorbeelden.Site.Tests.Support;
using Praktijkvoorbeelden.Site.Write;

namespace Praktijkvoorbeelden.Site.Tests.Pipeline;

/// <summary>
/// A build replaces its output whole, so it refuses an output folder that would take the project,
/// its input or theme with it, or someone's own files. Everything lives in one temporary folder
/// (the project, with a copy of the theme, inside it), so a refusal that fails can only ever move
/// temporary files.
/// </summary>
public sealed class OutputSwapSafetyTests : IDisposable
{
    private readonly string _outer = Directory.CreateTempSubdirectory("pv-guard-").FullName;

    public OutputSwapSafetyTests()
    {
        Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "goed"), Path.Combine(Project, "input"));
        Copy(TestSite.Theme, Path.Combine(Project, "theme"));
        Directory.CreateDirectory(Path.Combine(_outer, "eigen-map"));
        File.WriteAllText(Path.Combine(_outer, "eigen-map", "notities.txt"), "mijn eigen werk");
        File.WriteAllText(Path.Combine(_outer, "los-bestand.txt"), "geen map");
    }

    private string Project => Path.Combine(_outer, "project");

    public void Dispose() => Directory.Delete(_outer, recursive: true);

    public static TheoryData<string, string> RefusedOutputs => new()
    {
        { "project", "is de projectmap." },
        { "project/input", "is de map met de inhoud (input/)." },
        { "project/theme", "is de map met het thema (theme/)." },
        { ".", "bevat de projectmap." },
        { "project/input/site", "ligt in de map met de inhoud (input/)." },
        { "project/theme/site", "ligt in de map met het thema (theme/)." },
        { "los-bestand.txt", "is een bestand, geen map." },
        { "eigen-map", "bestaat al en is niet door een build van deze site gemaakt" },
    };

    [Theory]
    [MemberData(nameof(RefusedOutputs))]
    public void An_output_folder_that_would_destroy_files_is_refused_in_Dutch_and_nothing_is_touched(string output, string reason)
    {
        var before = Snapshot();

        var result = Build(Path.Combine(_outer, output));

        Assert.False(result.Succeeded);
        Assert.Null(result.OutputDirectory);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("--output", error.File);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Contains("--output output", error.Fix, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void An_output_path_of_dot_in_statiq_json_is_refused_on_its_line()
    {
        File.WriteAllText(Path.Combine(Project, "statiq.json"), "{\n  \"Host\": \"example.org\",\n  \"OutputPath\": \".\"\n}\n");
        var before = Snapshot();

        var result = Build(output: null);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(new Diagnostic(Severity.Error, "statiq.json", 3, 3, error.Message, error.Fix), error);
        Assert.StartsWith($"De uitvoermap '.' ({Project}) is de projectmap.", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"OutputPath\": \"output\"", error.Fix, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void Check_refuses_a_dangerous_output_path_too_but_not_a_folder_it_would_never_touch()
    {
        File.WriteAllText(Path.Combine(Project, "statiq.json"), "{ \"OutputPath\": \"..\" }");
        Assert.Contains(Build(output: null, checkOnly: true).Diagnostics, d => d.Message.Contains("bevat de projectmap", StringComparison.Ordinal));

        File.WriteAllText(Path.Combine(Project, "statiq.json"), "{ \"OutputPath\": \"../eigen-map\" }");
        var result = Build(output: null, checkOnly: true);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Every_problem_is_reported_in_one_run_with_a_refused_output()
    {
        File.WriteAllText(Path.Combine(Project, "input", "over.md"), "---\ntitl: Over\n---\nTekst.\n");

        var result = Build(Path.Combine(_outer, "eigen-map"));

        Assert.Contains(result.Diagnostics, d => d.File == "--output");
        Assert.Contains(result.Diagnostics, d => d.File == "input/over.md");
    }

    [Fact]
    public void An_empty_folder_is_used_and_marked_as_made_by_the_build()
    {
        var output = Directory.CreateDirectory(Path.Combine(_outer, "leeg")).FullName;

        var result = Build(output);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        Assert.True(File.Exists(Path.Combine(output, OutputMarker.FileName)));
    }

    [Fact]
    public void An_output_made_before_the_marker_existed_is_still_replaced()
    {
        var output = Path.Combine(_outer, "output");
        Assert.True(Build(output).Succeeded);
        File.Delete(Path.Combine(output, OutputMarker.FileName)); // as a build of an older version left it

        var result = Build(output);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(File.Exists(Path.Combine(output, OutputMarker.FileName)));
    }

    [Fact]
    public void A_rebuild_replaces_its_own_output_and_the_marker_is_never_published()
    {
        var output = Path.Combine(_outer, "output");
        Assert.True(Build(output).Succeeded);
        File.WriteAllText(Path.Combine(output, "oud.txt"), "van de vorige keer");

        var result = Build(output);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.False(File.Exists(Path.Combine(output, "oud.txt")));
        Assert.True(File.Exists(Path.Combine(output, OutputMarker.FileName)));
        Assert.DoesNotContain(OutputMarker.FileName, File.ReadAllText(Path.Combine(output, "sitemap.xml")), StringComparison.Ordinal);
        Assert.DoesNotContain(OutputMarker.FileName, File.ReadAllText(Path.Combine(output, "api", "voorbeelden.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_old_looking_folder_next_to_the_output_is_deleted_only_when_a_build_made_it()
    {
        var output = Path.Combine(_outer, "output");
        var someonesFolder = Directory.CreateDirectory(Path.Combine(_outer, ".output.old-van-iemand")).FullName;
        File.WriteAllText(Path.Combine(someonesFolder, "bewaren.txt"), "niet weggooien");

        Assert.True(Build(output).Succeeded);
        Assert.True(Build(output).Succeeded);
        Assert.True(Build(output).Succeeded);

        Assert.True(File.Exists(Path.Combine(someonesFolder, "bewaren.txt")));
        Assert.Single(Directory.EnumerateDirectories(_outer, ".output.old-*"), d => OutputMarker.IsIn(d));
    }

    [Fact]
    public void The_staging_folder_itself_refuses_to_replace_a_folder_no_build_made()
    {
        var target = Path.Combine(_outer, "eigen-map");

        using (var staging = new StagingFolder(target))
        {
            staging.WriteText("index.html", "<p>nieuw</p>");
            Assert.Throws<InvalidOperationException>(staging.Commit);
        }

        Assert.Equal(["notities.txt"], Directory.EnumerateFileSystemEntries(target).Select(Path.GetFileName));
        Assert.Empty(Directory.EnumerateDirectories(_outer, ".eigen-map.*"));
    }

    private BuildResult Build(string? output, bool checkOnly = false) => SiteBuilder.Build(new BuildOptions
    {
        RootDirectory = Project,
        OutputDirectory = output,
        CheckOnly = checkOnly,
        OverrideSettings = s => s with { LinkRoot = SettingsCatalog.NormaliseLinkRoot(""), Host = "example.org", GenerateSearchIndex = false },
    });

    /// <summary>Every file and folder in the temporary tree, with its bytes and time, so "nothing touched" is exact.</summary>
    private Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFileSystemEntries(_outer, "*", SearchOption.AllDirectories).ToDictionary(
            p => Path.GetRelativePath(_outer, p),
            p => File.Exists(p) ? Convert.ToHexString(File.ReadAllBytes(p)) + "@" + File.GetLastWriteTimeUtc(p).Ticks : "map",
            StringComparer.Ordinal);

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
