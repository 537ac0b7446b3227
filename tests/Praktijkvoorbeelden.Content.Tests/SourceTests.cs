using Praktijkvoorbeelden.Content.Tests.Support;

namespace Praktijkvoorbeelden.Content.Tests;

/// <summary>Every fact comes from a source that is listed, and the entry-to-seed table covers every entry.</summary>
public sealed class SourceTests
{
    [Fact]
    public void Every_voorbeeld_lists_at_least_one_complete_source()
    {
        Assert.NotEmpty(RealContent.Voorbeelden);
        var withoutSource = RealContent.Voorbeelden
            .Where(v => v.Sources.Count == 0 || v.Sources.Any(s => string.IsNullOrWhiteSpace(s.Title) || string.IsNullOrWhiteSpace(s.Organisation)))
            .Select(v => v.File.DisplayPath)
            .ToList();

        Assert.True(withoutSource.Count == 0, "Without a complete source: " + string.Join(", ", withoutSource));
    }

    [Fact]
    public void The_source_table_in_the_docs_names_every_voorbeeld()
    {
        var table = File.ReadAllText(Path.Combine(Repository.Root, "docs", "content-bronnen.md"));

        var missing = RealContent.Voorbeelden
            .Where(v => !table.Contains($"`{v.Slug}`", StringComparison.Ordinal))
            .Select(v => v.Slug)
            .ToList();

        Assert.True(missing.Count == 0, "docs/content-bronnen.md does not list: " + string.Join(", ", missing));
    }
}
