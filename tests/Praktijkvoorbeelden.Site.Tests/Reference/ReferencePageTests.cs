using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Reference;
using Praktijkvoorbeelden.Site.Settings;
using Praktijkvoorbeelden.Site.Tests.Support;

namespace Praktijkvoorbeelden.Site.Tests.Reference;

/// <summary>The documented list of settings and fields can never drift from the code.</summary>
public sealed class ReferencePageTests
{
    [Fact]
    public void The_committed_reference_page_is_what_the_code_generates()
    {
        var committed = File.ReadAllText(Path.Combine(Repository.Root, ReferencePage.RelativePath)).ReplaceLineEndings("\n");

        Assert.True(committed == ReferencePage.Create(),
            "docs/instellingen-en-velden.md is out of date: run `dotnet run --project src/Praktijkvoorbeelden -- reference` and commit it.");
    }

    [Fact]
    public void Every_setting_and_every_front_matter_key_is_documented()
    {
        var page = ReferencePage.Create();
        var keys = SettingsCatalog.All.Select(s => s.Name)
            .Concat(FrontMatterSchema.Voorbeeld.Concat(FrontMatterSchema.Thema).Concat(FrontMatterSchema.Pagina).Select(f => f.Key))
            .Concat(FrontMatterSchema.Source.Select(f => f.Key));

        Assert.All(keys, key => Assert.Contains($"| `{key}` |", page, StringComparison.Ordinal));
    }
}
