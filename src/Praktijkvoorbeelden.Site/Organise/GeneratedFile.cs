namespace Praktijkvoorbeelden.Site.Organise;

/// <summary>A file the pipeline writes besides the pages: feed, sitemap, API, redirects.</summary>
public sealed record GeneratedFile(string RelativePath, string Content);
