namespace Praktijkvoorbeelden.Browser.Tests.Support;

/// <summary>
/// The page types of the site, each with one real example page of the built site. Theories run
/// over <see cref="All"/>, so a new page type is checked by every test once it is listed here.
/// </summary>
internal static class PageKinds
{
    public const string Home = "home";
    public const string Voorbeeld = "voorbeeld";
    public const string Thema = "thema";
    public const string Pagina = "pagina";
    public const string Overzicht = "overzicht";
    public const string Taxonomie = "taxonomie";
    public const string TaxonomieIndex = "taxonomie-index";
    public const string NietGevonden = "404";

    public static TheoryData<string> All => [Home, Voorbeeld, Thema, Pagina, Overzicht, Taxonomie, TaxonomieIndex, NietGevonden];

    private static readonly HashSet<string> GeneratedFolders = new(StringComparer.Ordinal)
    {
        "voorbeelden", "themas", "gemeenten", "doelgroepen", "participatieniveaus", "werkvormen", "zoeken", "assets", "api",
    };

    /// <summary>The site path (without LinkRoot) of an example page of this kind.</summary>
    public static string PathOf(BuiltSite site, string kind) => kind switch
    {
        Home => "/",
        Voorbeeld => First(site.PagesUnder("voorbeelden"), kind),
        Thema => First(site.PagesUnder("themas"), kind),
        Pagina => site.HasPage("/over/") ? "/over/" : First(PlainPages(site), kind),
        Overzicht => "/voorbeelden/",
        Taxonomie => First(site.PagesUnder("gemeenten"), kind),
        TaxonomieIndex => "/participatieniveaus/",
        NietGevonden => "/deze-pagina-bestaat-niet/",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown page kind"),
    };

    private static IEnumerable<string> PlainPages(BuiltSite site) =>
        Directory.EnumerateDirectories(site.Folder)
            .Select(Path.GetFileName)
            .Where(name => name is not null && !GeneratedFolders.Contains(name) && site.HasPage($"/{name}/"))
            .Order(StringComparer.Ordinal)
            .Select(name => $"/{name}/");

    private static string First(IEnumerable<string> paths, string kind) =>
        paths.FirstOrDefault() ?? throw new InvalidOperationException($"The built site has no page of kind '{kind}'.");
}
