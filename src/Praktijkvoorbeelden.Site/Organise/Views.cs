namespace Praktijkvoorbeelden.Site.Organise;

// The view models the Liquid templates see. Member names reach templates in snake_case
// (page.canonical_url, card.municipalities); keep them plain data.

/// <summary>A link with a label, such as a theme or municipality tag.</summary>
public sealed record LinkView(string Label, string Url, string? Description = null, int Count = 0);

/// <summary>A voorbeeld as it appears in a list.</summary>
public sealed record CardView(
    string Title,
    string Url,
    string Summary,
    IReadOnlyList<LinkView> Municipalities,
    IReadOnlyList<LinkView> Themes,
    int? Year,
    string Status,
    string CheckedIso);

/// <summary>A source of a voorbeeld.</summary>
public sealed record SourceView(string Title, string Organisation, string? Url, string? Date);

/// <summary>A heading of the body for the "Op deze pagina" list.</summary>
public sealed record HeadingView(int Level, string Id, string Text);

/// <summary>Everything a voorbeeld page shows beyond the body.</summary>
public sealed record ExampleView(
    string Scale,
    string ScaleDescription,
    IReadOnlyList<LinkView> Municipalities,
    IReadOnlyList<LinkView> Themes,
    IReadOnlyList<LinkView> TargetGroups,
    LinkView? ParticipationLevel,
    IReadOnlyList<LinkView> WorkForms,
    int? Year,
    string Status,
    string Checked,
    string CheckedIso,
    IReadOnlyList<SourceView> Sources,
    string? Contact,
    IReadOnlyList<CardView> Related);

/// <summary>One page of the site, as the base layout and the page-type template see it.</summary>
public sealed record PageView
{
    public required string Type { get; init; }
    public required string Title { get; init; }
    public string Description { get; init; } = "";

    /// <summary>Site-absolute path without LinkRoot ("/themas/x/"); templates pipe it through | url.</summary>
    public required string Path { get; init; }
    public string CanonicalUrl { get; init; } = "";
    public string OgType { get; init; } = "website";
    public bool Noindex { get; init; }
    public IReadOnlyList<LinkView> Breadcrumbs { get; init; } = [];
    public string BodyHtml { get; init; } = "";
    public IReadOnlyList<HeadingView> Headings { get; init; } = [];
    public ExampleView? Example { get; init; }
    public IReadOnlyList<CardView> Curated { get; init; } = [];
    public IReadOnlyList<CardView> Cards { get; init; } = [];
    public IReadOnlyList<LinkView> Terms { get; init; } = [];

    /// <summary>The heading over <see cref="Terms"/> on a page that only lists terms ("Kies een gemeente").</summary>
    public string? TermsHeading { get; init; }
    public IReadOnlyList<LinkView> Themes { get; init; } = [];
    public string? Checked { get; init; }
    public string? Intro { get; init; }
    public SearchView? Search { get; init; }
}

/// <summary>What the search page needs to load the engine and the index.</summary>
public sealed record SearchView(string ManifestUrl, string EngineUrl);

/// <summary>Site-wide values for the layout: the main menu (<c>nav</c>) and the footer's pages about the site (<c>footer</c>).</summary>
public sealed record SiteView(string Title, string Description, string LinkRoot, IReadOnlyList<NavItemView> Nav, IReadOnlyList<NavItemView> Footer, string Year);

/// <summary>A menu or footer entry; <c>Url</c> is a site path without LinkRoot, for the url filter.</summary>
public sealed record NavItemView(string Title, string Url, bool Current);
