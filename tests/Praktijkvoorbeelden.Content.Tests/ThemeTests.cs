using Praktijkvoorbeelden.Content.Tests.Support;

namespace Praktijkvoorbeelden.Content.Tests;

/// <summary>Theme pages help a municipality act, and the participation ladder is complete and explained.</summary>
public sealed class ThemeTests
{
    private static readonly string[] LadderInOrder = ["informeren", "raadplegen", "adviseren", "coproduceren", "meebeslissen", "zelfbeheer"];

    [Fact]
    public void Every_theme_has_the_three_required_themes_and_a_section_on_what_a_municipality_can_do()
    {
        Assert.Superset(new HashSet<string>(["clientenparticipatie", "pleegzorg", "escalatie-en-doorzettingsmacht"]), RealContent.Set.Themas.Select(t => t.Slug).ToHashSet());

        var withoutSection = RealContent.Set.Themas
            .Where(t => !t.Body.Contains("## Wat kan uw gemeente doen?", StringComparison.Ordinal) || t.Curated.Count == 0)
            .Select(t => t.File.DisplayPath)
            .ToList();

        Assert.True(withoutSection.Count == 0, "Theme without curated voorbeelden or '## Wat kan uw gemeente doen?': " + string.Join(", ", withoutSection));
    }

    [Fact]
    public void The_participation_ladder_has_six_rungs_in_order_and_the_theme_explains_each_rung()
    {
        Assert.Equal(LadderInOrder, RealContent.Set.Vocabularies["participatieniveaus"].Terms.Select(t => t.Slug));

        var theme = RealContent.Set.Themas.Single(t => t.Slug == "clientenparticipatie");
        var positions = LadderInOrder.Select(rung => theme.Body.IndexOf($"(/participatieniveaus/{rung}/)", StringComparison.Ordinal)).ToList();

        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }
}
