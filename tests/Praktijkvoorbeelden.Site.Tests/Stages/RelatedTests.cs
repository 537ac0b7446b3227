using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Organise;
using Praktijkvoorbeelden.Site.Tests.Support;

namespace Praktijkvoorbeelden.Site.Tests.Stages;

/// <summary>"Verwante voorbeelden": what shares a theme comes first, the choice is stable, never the page itself.</summary>
public sealed class RelatedTests
{
    [Fact]
    public void A_shared_theme_ranks_above_a_shared_target_group_and_work_form()
    {
        var all = new[]
        {
            Samples.Voorbeeld("zelf", themes: ["meedoen"], targetGroups: ["jongeren"], workForms: ["panel"]),
            Samples.Voorbeeld("zelfde-doelgroep", themes: ["pleegzorg"], targetGroups: ["jongeren"]),
            Samples.Voorbeeld("zelfde-thema", themes: ["meedoen"], targetGroups: ["ouders"]),
            Samples.Voorbeeld("zelfde-werkvorm", themes: ["pleegzorg"], targetGroups: ["ouders"], workForms: ["panel"]),
        };

        var related = new Related(all).For(0, 3);

        Assert.Equal(["zelfde-thema", "zelfde-doelgroep", "zelfde-werkvorm"], related.Select(v => v.Slug));
    }

    [Fact]
    public void More_in_common_ranks_higher()
    {
        var all = new[]
        {
            Samples.Voorbeeld("zelf", themes: ["meedoen", "pleegzorg"], targetGroups: ["jongeren"], municipalities: ["Groningen"]),
            Samples.Voorbeeld("een-thema", themes: ["meedoen"]),
            Samples.Voorbeeld("twee-themas", themes: ["meedoen", "pleegzorg"]),
            Samples.Voorbeeld("thema-en-gemeente", themes: ["pleegzorg"], municipalities: ["Groningen"]),
        };

        var related = new Related(all).For(0, 3);

        Assert.Equal(["twee-themas", "thema-en-gemeente", "een-thema"], related.Select(v => v.Slug));
    }

    [Fact]
    public void Ties_go_to_the_most_recently_checked_then_to_the_title()
    {
        var all = new[]
        {
            Samples.Voorbeeld("zelf", themes: ["meedoen"]),
            Samples.Voorbeeld("oud", title: "A oud", themes: ["meedoen"], checkedOn: new DateOnly(2025, 1, 1)),
            Samples.Voorbeeld("nieuw-b", title: "B nieuw", themes: ["meedoen"], checkedOn: new DateOnly(2026, 6, 1)),
            Samples.Voorbeeld("nieuw-a", title: "A nieuw", themes: ["meedoen"], checkedOn: new DateOnly(2026, 6, 1)),
        };

        var related = new Related(all).For(0, 3);

        Assert.Equal(["nieuw-a", "nieuw-b", "oud"], related.Select(v => v.Slug));
    }

    [Fact]
    public void The_choice_does_not_depend_on_the_order_the_files_were_read()
    {
        var all = Enumerable.Range(0, 12).Select(i => Samples.Voorbeeld(
            $"v{i:00}",
            themes: i % 2 == 0 ? ["meedoen"] : ["pleegzorg"],
            targetGroups: i % 3 == 0 ? ["jongeren"] : ["ouders"],
            workForms: i % 4 == 0 ? ["panel"] : [],
            checkedOn: new DateOnly(2026, 1 + (i % 3), 1))).ToList();
        var expected = Slugs(new Related(all).For(0, 5));

        for (var attempt = 0; attempt < 5; attempt++)
        {
            var shuffled = all.OrderBy(_ => Random.Shared.Next()).ToList();
            var self = shuffled.FindIndex(v => v.Slug == "v00");

            Assert.Equal(expected, Slugs(new Related(shuffled).For(self, 5)));
        }
    }

    [Fact]
    public void A_voorbeeld_is_never_related_to_itself_even_when_it_has_an_identical_twin()
    {
        var all = new[]
        {
            Samples.Voorbeeld("zelf", themes: ["meedoen"], targetGroups: ["jongeren"]),
            Samples.Voorbeeld("tweeling", themes: ["meedoen"], targetGroups: ["jongeren"]),
        };

        var related = new Related(all).For(0, 10);

        Assert.Equal(["tweeling"], related.Select(v => v.Slug));
    }

    [Fact]
    public void Nothing_in_common_means_not_related_and_the_count_is_a_maximum()
    {
        var all = new List<Voorbeeld> { Samples.Voorbeeld("zelf", themes: ["meedoen"]) };
        all.AddRange(Enumerable.Range(0, 6).Select(i => Samples.Voorbeeld($"thema-{i}", themes: ["meedoen"])));
        all.Add(Samples.Voorbeeld("anders", themes: ["pleegzorg"], targetGroups: ["ouders"]));
        var related = new Related(all);

        Assert.Equal(3, related.For(0, 3).Count);
        Assert.Empty(related.For(all.Count - 1, 3));
        Assert.DoesNotContain(related.For(0, 10), v => v.Slug is "anders" or "zelf");
    }

    private static List<string> Slugs(IEnumerable<Voorbeeld> voorbeelden) => voorbeelden.Select(v => v.Slug).ToList();
}
