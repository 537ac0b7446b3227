namespace Praktijkvoorbeelden.Site.Settings;

/// <summary>The settings of one build, read from statiq.json (names follow Statiq where it has one).</summary>
public sealed record SiteSettings
{
    public string SiteTitle { get; init; } = "Praktijkvoorbeelden Jeugdzorg";
    public string SiteDescription { get; init; } = "";
    public string Host { get; init; } = "localhost";
    public bool LinksUseHttps { get; init; } = true;

    /// <summary>"" for a site at the root, or a sub-path such as "/pv" (no trailing slash).</summary>
    public string LinkRoot { get; init; } = "";
    public string OutputPath { get; init; } = "output";
    public bool GenerateSitemap { get; init; } = true;
    public bool GenerateSearchIndex { get; init; } = true;
    public int HomeNewestCount { get; init; } = 6;
    public int RelatedCount { get; init; } = 3;

    /// <summary>The GitHub repository ("owner/name") the web editor and security.txt point at; "" builds no editor.</summary>
    public string Repository { get; init; } = "";

    /// <summary>The branch that the web editor's pull requests target.</summary>
    public string RepositoryBranch { get; init; } = "main";

    /// <summary>The absolute base URL of the site, e.g. https://example.org/pv.</summary>
    public string BaseUrl => $"{(LinksUseHttps ? "https" : "http")}://{Host}{LinkRoot}";

    /// <summary>Turns a site-absolute path ("/themas/x/") into a link that works under LinkRoot.</summary>
    public string Link(string sitePath) => LinkRoot + sitePath;

    /// <summary>Turns a site-absolute path into a canonical absolute URL.</summary>
    public string AbsoluteUrl(string sitePath) => BaseUrl + sitePath;
}
