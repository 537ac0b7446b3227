using System.Text.RegularExpressions;
using Praktijkvoorbeelden.Site.Diagnostics;
using Praktijkvoorbeelden.Site.Pipeline;
using Praktijkvoorbeelden.Site.Reference;
using Praktijkvoorbeelden.Site.Tests.Support;

namespace Praktijkvoorbeelden.Site.Tests.Reference;

/// <summary>
/// The template a contributor copies by hand (docs/sjabloon-voorbeeld.md) is what `new voorbeeld`
/// writes for this repository, never drifts from the code or the vocabularies, passes the check once
/// copied into input/voorbeelden/, and CONTRIBUTING.md links to it.
/// </summary>
public sealed partial class TemplatePageTests
{
    [Fact]
    public void The_committed_template_is_what_the_code_generates()
    {
        var committed = File.ReadAllText(Path.Combine(Repository.Root, TemplatePage.RelativePath)).ReplaceLineEndings("\n");
        var diagnostics = new DiagnosticBag();

        var generated = TemplatePage.Create(Repository.Root, diagnostics);

        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Items));
        Assert.True(committed == generated,
            $"{TemplatePage.RelativePath} is out of date: run `dotnet run --project src/Praktijkvoorbeelden -- reference` and commit it.");
    }

    [Fact]
    public void The_template_copied_into_the_real_input_passes_the_check()
    {
        var root = Directory.CreateTempSubdirectory("pv-sjabloon-").FullName;
        try
        {
            CopyDirectory(Path.Combine(Repository.Root, "input"), Path.Combine(root, "input"));
            File.Copy(Path.Combine(Repository.Root, "statiq.json"), Path.Combine(root, "statiq.json"));
            File.Copy(Path.Combine(Repository.Root, TemplatePage.RelativePath), Path.Combine(root, "input", "voorbeelden", "uit-het-sjabloon.md"));

            var result = SiteBuilder.Build(new BuildOptions
            {
                RootDirectory = root,
                ThemeDirectory = Path.Combine(Repository.Root, "theme"),
                CheckOnly = true,
            });

            Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Contributing_links_to_the_template()
    {
        var contributing = File.ReadAllText(Path.Combine(Repository.Root, "CONTRIBUTING.md"));

        var targets = MarkdownLink().Matches(contributing).Select(m => m.Groups["target"].Value).ToList();
        Assert.Contains(TemplatePage.RelativePath, targets);
        Assert.True(File.Exists(Path.Combine(Repository.Root, TemplatePage.RelativePath)));
    }

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
