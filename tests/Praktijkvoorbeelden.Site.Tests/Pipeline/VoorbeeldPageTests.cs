using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Praktijkvoorbeelden.Site.Organise;
using Praktijkvoorbeelden.Site.Parse;

namespace Praktijkvoorbeelden.Site.Tests.Pipeline;

/// <summary>A voorbeeld page shows its metadata, sources, contact and related examples, all as working links.</summary>
[Collection(BuiltSites.Name)]
public sealed class VoorbeeldPageTests(CompleteSite fixture)
{
    private readonly BuiltSite _built = fixture.Built;

    [Fact]
    public void The_metadata_panel_links_gemeente_themes_target_groups_level_and_work_forms()
    {
        var v = _built.Voorbeeld("groningen-interviews");
        var panel = MetadataPanel(Page(v.Slug));

        Assert.Equal(v.Municipalities.Select(m => ($"/gemeenten/{Slugs.From(m)}/", m)), Links(Value(panel, "gemeente")));
        Assert.Equal(v.Themes.Select(t => ($"/themas/{t}/", _built.Content.Themas.Single(x => x.Slug == t).Title)), Links(Value(panel, "thema")));
        Assert.Equal(v.TargetGroups.Select(t => ($"/doelgroepen/{t}/", Label("doelgroepen", t))), Links(Value(panel, "doelgroep")));
        Assert.Equal(($"/participatieniveaus/{v.ParticipationLevel}/", Label("participatieniveaus", v.ParticipationLevel!)), Links(Value(panel, "niveau van meedoen"))[0]);
        Assert.Equal(v.WorkForms.Select(t => ($"/werkvormen/{t}/", Label("werkvormen", t))), Links(Value(panel, "werkvorm")));
    }

    [Fact]
    public void The_metadata_panel_shows_year_status_and_when_it_was_last_checked()
    {
        var v = _built.Voorbeeld("groningen-interviews");
        var panel = MetadataPanel(Page(v.Slug));

        Assert.Equal(v.Year.ToString(), Value(panel, "jaar").TextContent.Trim());
        Assert.Equal(Label("statussen", v.Status), Value(panel, "status").TextContent.Trim());
        var time = Value(panel, "laatst gecontroleerd").QuerySelector("time");
        Assert.NotNull(time);
        Assert.Equal(DutchDates.Iso(v.Checked), time.GetAttribute("datetime"));
        Assert.Equal(DutchDates.Format(v.Checked), time.TextContent.Trim());
    }

    [Fact]
    public void Empty_optional_fields_are_left_out_instead_of_shown_empty()
    {
        var v = _built.Voorbeeld("rotterdam-taskforce");
        Assert.True(v.ParticipationLevel is null && v.WorkForms.Count == 0 && v.Year is null && v.Contact is null, "fixture changed");
        var page = Page(v.Slug);
        var labels = MetadataPanel(page).QuerySelectorAll("dt").Select(dt => dt.TextContent.Trim().ToLowerInvariant()).ToList();

        Assert.DoesNotContain(labels, l => l.Contains("meedoen", StringComparison.Ordinal) || l.Contains("werkvorm", StringComparison.Ordinal) || l == "jaar");
        Assert.All(MetadataPanel(page).QuerySelectorAll("dd"), dd => Assert.False(string.IsNullOrWhiteSpace(dd.TextContent)));
        Assert.Null(SectionTitled(page, "Contact"));
    }

    [Fact]
    public void Every_source_is_listed_and_those_online_are_external_links()
    {
        var v = _built.Voorbeeld("groningen-interviews");
        var sources = SectionTitled(Page(v.Slug), "Bronnen");
        Assert.NotNull(sources);
        var items = sources.QuerySelectorAll("li").ToList();

        Assert.Equal(v.Sources.Count, items.Count);
        foreach (var (source, item) in v.Sources.Zip(items))
        {
            Assert.Contains(source.Title, item.TextContent, StringComparison.Ordinal);
            Assert.Contains(source.Organisation, item.TextContent, StringComparison.Ordinal);
            var link = item.QuerySelector("a");
            if (source.Url is null)
            {
                Assert.Null(link);
                continue;
            }

            Assert.NotNull(link);
            Assert.Equal(source.Url, link.GetAttribute("href"));
            Assert.Contains("noopener", link.GetAttribute("rel") ?? "", StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_contact_is_shown()
    {
        var v = _built.Voorbeeld("groningen-interviews");

        var contact = SectionTitled(Page(v.Slug), "Contact");

        Assert.NotNull(contact);
        Assert.Contains(v.Contact!, contact.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Related_examples_share_a_theme_first_and_never_show_the_page_itself()
    {
        // groningen-interviews shares theme, target group or work form with three others; rotterdam-taskforce shares nothing.
        // jij-meter and utrecht-groningen-regio score the same (theme + one more); jij-meter was checked more recently.
        var related = SectionTitled(Page("groningen-interviews"), "Verwante voorbeelden");
        Assert.NotNull(related);

        var hrefs = related.QuerySelectorAll(".pv-card__title a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(["/voorbeelden/jij-meter/", "/voorbeelden/utrecht-groningen-regio/", "/voorbeelden/friese-pleegouders/"], hrefs);
    }

    [Fact]
    public void The_body_keeps_its_headings_as_anchors_that_the_page_links_to()
    {
        var page = Page("groningen-interviews");
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("aanpak", ids);
        Assert.All(page.QuerySelectorAll("a[href^='#']"), a => Assert.Contains(a.GetAttribute("href")![1..], ids));
    }

    [Fact]
    public void Title_summary_and_body_come_from_the_markdown_file()
    {
        var v = _built.Voorbeeld("groningen-interviews");
        var page = Page(v.Slug);

        Assert.Equal(v.Title, page.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Contains(v.Summary!, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/assets/img/schema.png", page.QuerySelector("main img[alt='Schema van de aanpak']")?.GetAttribute("src"));
        Assert.Contains(page.QuerySelectorAll("main a.link--extern"), a => a.GetAttribute("href") == "https://example.org/participatie-in-zicht");
    }

    private IHtmlDocument Page(string slug) => _built.Site.Page($"/voorbeelden/{slug}/");

    private string Label(string vocabulary, string slug) => _built.Content.Vocabularies[vocabulary].Find(slug)!.Label;

    /// <summary>The list of facts: the one with "Laatst gecontroleerd", so cards of related examples never count.</summary>
    private static IElement MetadataPanel(IHtmlDocument page) =>
        page.QuerySelectorAll("main dl").Single(dl => dl.QuerySelectorAll("dt").Any(dt => dt.TextContent.Contains("Laatst gecontroleerd", StringComparison.Ordinal)));

    private static IElement Value(IElement panel, string label)
    {
        var dt = panel.QuerySelectorAll("dt").SingleOrDefault(d => d.TextContent.Trim().ToLowerInvariant().Contains(label, StringComparison.Ordinal));
        Assert.True(dt is not null, $"No '{label}' in the metadata panel: {panel.TextContent}");
        var dd = dt.NextElementSibling;
        Assert.True(dd?.LocalName == "dd", $"'{label}' has no value");
        return dd!;
    }

    private static List<(string, string)> Links(IElement value) =>
        value.QuerySelectorAll("a").Select(a => (a.GetAttribute("href") ?? "", a.TextContent.Trim())).ToList();

    private static IElement? SectionTitled(IHtmlDocument page, string heading) =>
        page.QuerySelectorAll("h2").FirstOrDefault(h => h.TextContent.Trim() == heading)?.Closest("section");
}
