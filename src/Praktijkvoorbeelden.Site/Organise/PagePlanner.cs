using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Render;
using Praktijkvoorbeelden.Site.Settings;

namespace Praktijkvoorbeelden.Site.Organise;

/// <summary>
/// The organise stage: decides every page of the site (documents, curated theme pages, the
/// overview, one page per gemeente, doelgroep, participatieniveau and werkvorm, search, 404)
/// and fills its view.
/// </summary>
public sealed class PagePlanner(SiteSettings settings, ContentSet content, IReadOnlyDictionary<Document, RenderedDocument> rendered)
{
    private static readonly LinkView Home = new("Home", "/");
    private readonly ViewFactory _views = new(content);

    public IReadOnlyList<PagePlan> Plan(SearchView? search)
    {
        var byTitle = content.Voorbeelden.OrderBy(v => v.Title, StringComparer.CurrentCulture).ToList();
        var plans = new List<PagePlan> { HomePage() };
        plans.AddRange(content.Paginas.Where(p => p.Slug != "index").Select(p => new PagePlan("pagina", DocumentPage(p, "pagina", [Home]))));
        plans.AddRange(content.Themas.Select(ThemaPage));
        plans.Add(new PagePlan("lijst", Page("lijst", "Thema's", "/themas/", "Alle thema's met hun voorbeelden.", [Home]) with { Terms = ThemeLinks(), TermsHeading = "Kies een thema" }));
        plans.AddRange(VoorbeeldPages());
        plans.Add(new PagePlan("lijst", Page("lijst", "Alle voorbeelden", "/voorbeelden/", "Alle praktijkvoorbeelden op een rij, op titel.", [Home]) with
        {
            Cards = byTitle.Select(_views.Card).ToList(),
            Terms = Taxonomy.All(content).Select(t => new LinkView(t.Title, t.IndexPath, t.Intro)).ToList(),
        }));
        plans.AddRange(Taxonomy.All(content).SelectMany(TaxonomyPages));
        if (search is not null)
        {
            plans.Add(new PagePlan("zoeken", Page("zoeken", "Zoeken", "/zoeken/", "Zoek in alle praktijkvoorbeelden.", [Home]) with { Search = search }));
        }

        plans.Add(new PagePlan("404", Page("404", "Pagina niet gevonden", "/404.html", "Deze pagina bestaat niet (meer).", []) with { Noindex = true }));
        return plans;
    }

    private PagePlan HomePage()
    {
        var index = content.Paginas.FirstOrDefault(p => p.Slug == "index");
        var page = index is not null ? DocumentPage(index, "home", []) : Page("home", settings.SiteTitle, "/", settings.SiteDescription, []);
        return new PagePlan("home", page with
        {
            Title = index?.Title ?? settings.SiteTitle,
            Themes = ThemeLinks(),
            Cards = content.Voorbeelden.OrderByDescending(v => v.Checked).ThenByDescending(v => v.Year).ThenBy(v => v.Title, StringComparer.Ordinal)
                .Take(settings.HomeNewestCount).Select(_views.Card).ToList(),
            Terms = Taxonomy.All(content).Select(t => new LinkView(t.Title, t.IndexPath, t.Intro)).ToList(),
        });
    }

    private List<LinkView> ThemeLinks() => content.Themas.OrderBy(t => t.Order).ThenBy(t => t.Title, StringComparer.CurrentCulture)
        .Select(t => new LinkView(t.Title, t.Path, t.Summary, content.Voorbeelden.Count(v => v.Themes.Contains(t.Slug)))).ToList();

    private PagePlan ThemaPage(Thema thema)
    {
        var bySlug = content.Voorbeelden.ToDictionary(v => v.Slug, StringComparer.Ordinal);
        var curated = thema.Curated.Where(bySlug.ContainsKey).Select(s => bySlug[s]).ToList();
        var others = content.Voorbeelden.Where(v => v.Themes.Contains(thema.Slug) && !thema.Curated.Contains(v.Slug))
            .OrderBy(v => v.Title, StringComparer.CurrentCulture);
        return new PagePlan("thema", DocumentPage(thema, "thema", [Home, new("Thema's", "/themas/")]) with
        {
            Curated = curated.Select(_views.Card).ToList(),
            Cards = others.Select(_views.Card).ToList(),
            Checked = DutchDates.Format(thema.Checked),
        });
    }

    private IEnumerable<PagePlan> VoorbeeldPages()
    {
        var related = new Related(content.Voorbeelden);
        var crumbs = new List<LinkView> { Home, new("Voorbeelden", "/voorbeelden/") };
        return content.Voorbeelden.Select((v, i) => new PagePlan("voorbeeld", DocumentPage(v, "voorbeeld", crumbs) with
        {
            OgType = "article",
            Example = _views.Example(v, related.For(i, settings.RelatedCount)),
        }));
    }

    private IEnumerable<PagePlan> TaxonomyPages(Taxonomy taxonomy)
    {
        var terms = taxonomy.Terms(content);
        var crumbs = new List<LinkView> { Home, new(taxonomy.Title, taxonomy.IndexPath) };
        yield return new PagePlan("lijst", Page("lijst", taxonomy.Title, taxonomy.IndexPath, taxonomy.Intro, [Home]) with
        {
            Intro = taxonomy.Intro,
            TermsHeading = taxonomy.ChooseHeading,
            Terms = terms.Select(t => new LinkView(t.Term.Label, taxonomy.PathOf(t.Term.Slug), t.Term.Description, t.Voorbeelden.Count)).ToList(),
        });
        foreach (var (term, voorbeelden) in terms)
        {
            var description = term.Description.Length > 0 ? term.Description : $"Voorbeelden bij {taxonomy.SingularLabel.ToLowerInvariant()} {term.Label}.";
            yield return new PagePlan("lijst", Page("lijst", term.Label, taxonomy.PathOf(term.Slug), description, crumbs) with
            {
                Intro = term.Description.Length > 0 ? term.Description : null,
                Cards = voorbeelden.Select(_views.Card).ToList(),
            });
        }
    }

    private PageView DocumentPage(Document document, string type, IReadOnlyList<LinkView> breadcrumbs)
    {
        var body = rendered[document];
        return Page(type, document.Title, document.Path, document.Summary ?? settings.SiteDescription, breadcrumbs) with
        {
            BodyHtml = body.Html,
            Headings = body.Headings.Select(h => new HeadingView(h.Level, h.Id, h.Text)).ToList(),
        };
    }

    private PageView Page(string type, string title, string path, string description, IReadOnlyList<LinkView> breadcrumbs) => new()
    {
        Type = type,
        Title = title,
        Path = path,
        Description = description,
        CanonicalUrl = settings.AbsoluteUrl(path),
        Breadcrumbs = breadcrumbs,
    };
}
