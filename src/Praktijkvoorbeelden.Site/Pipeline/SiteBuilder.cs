using Praktijkvoorbeelden.Site.Cms;
using Praktijkvoorbeelden.Site.Diagnostics;
using Praktijkvoorbeelden.Site.Index;
using Praktijkvoorbeelden.Site.Layout;
using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Organise;
using Praktijkvoorbeelden.Site.Parse;
using Praktijkvoorbeelden.Site.Read;
using Praktijkvoorbeelden.Site.Render;
using Praktijkvoorbeelden.Site.Settings;
using Praktijkvoorbeelden.Site.Verify;
using Praktijkvoorbeelden.Site.Write;

namespace Praktijkvoorbeelden.Site.Pipeline;

/// <summary>
/// read -> parse &amp; validate -> render -> index -> organise -> lay out -> write -> verify.
/// Any error stops the build before the output is touched. The checks of the parse and render
/// stages all run before it stops, so one run reports every problem in the content.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var clock = new StageClock(options.Log);
        var settings = SettingsLoader.Load(options.RootDirectory, diagnostics);
        settings = options.OverrideSettings?.Invoke(settings) ?? settings;
        BuildDetails.Settings(options.Log, settings, options);
        // Checked first and reported with the content errors: nothing is written when it fails.
        var output = OutputLocation.Choose(options, settings);
        OutputFolderGuard.Check(output, OutputLocation.Protected(options), replacesOutput: !options.CheckOnly, diagnostics);

        var sources = clock.Run("lezen", () => SourceReader.Read(options.Input, options.Theme), s => $"{s.Count} bestanden");
        BuildDetails.Sources(options.Log, sources);
        var (loaded, templates) = clock.Run("controleren",
            () => (ContentLoader.LoadAll(sources, diagnostics), ThemeTemplates.Load(sources.Templates, diagnostics)),
            r => $"{r.Item1.Content.Voorbeelden.Count} voorbeelden, {r.Item1.Content.Themas.Count} thema's, {r.Item1.Content.Paginas.Count} pagina's");
        var content = loaded.Content;

        // Also after errors in the front matter: the checks of every body belong in the same report.
        var rendered = clock.Run("Markdown", () => MarkdownStage.Run(settings, loaded, sources, diagnostics), r => $"{r.Count} documenten");
        if (diagnostics.HasErrors)
        {
            return Stop(diagnostics, clock);
        }

        using var staging = new StagingFolder(options.CheckOnly ? Path.Combine(Path.GetTempPath(), "praktijkvoorbeelden-check") : output.FullPath);
        var search = settings.GenerateSearchIndex && !options.CheckOnly
            ? clock.Run("zoekindex", () => SearchStage.Write(settings, content, rendered, options.SearchEngineDirectory, staging), s => s is null ? "overgeslagen" : "klaar")
            : null;

        var assets = new AssetManifest(sources.Assets);
        var plans = clock.Run("ordenen", () => new PagePlanner(settings, content, rendered).Plan(search), p => $"{p.Count} pagina's");
        var layout = new PageLayout(settings, templates, assets, Navigation(content), SiteFooter.Links(content));
        var links = new LinkIndex();
        var pageCount = clock.Run("schrijven", () => WriteAll(staging, layout, plans, assets, GeneratedFiles(settings, content, plans, options.NoIndex), links, diagnostics),
            n => $"{n} pagina's, {staging.Files.Count} bestanden");
        if (!diagnostics.HasErrors)
        {
            clock.Run("links nalopen", () => { LinkVerifier.Verify(links, staging.Files, settings.LinkRoot, diagnostics); return 0; }, _ => diagnostics.HasErrors ? "fouten gevonden" : "alles klopt");
        }

        if (diagnostics.HasErrors || options.CheckOnly)
        {
            return Stop(diagnostics, clock, pageCount);
        }

        BuildDetails.Output(options.Log, staging.Root, staging.Files);
        clock.Run("vervangen", () => { staging.Commit(); return 0; }, _ => "klaar");
        return new BuildResult(diagnostics.Items, clock.Stages, pageCount, output.FullPath);
    }

    private static BuildResult Stop(DiagnosticBag diagnostics, StageClock clock, int pageCount = 0) =>
        new(diagnostics.Items, clock.Stages, pageCount, null);

    private static IEnumerable<GeneratedFile> GeneratedFiles(SiteSettings settings, ContentSet content, IReadOnlyList<PagePlan> plans, bool noIndex)
    {
        if (noIndex)
        {
            // Netlify applies _headers per deploy, unlike the [[headers]] of netlify.toml. The header
            // covers every file (also feeds and JSON); robots.txt keeps allowing crawlers, or they
            // could not see it.
            yield return new GeneratedFile("_headers", "/*\n  X-Robots-Tag: noindex\n");
        }

        yield return AtomFeed.Create(settings, content.Voorbeelden);
        yield return ApiExport.Create(settings, content);
        if (settings.GenerateSitemap)
        {
            foreach (var file in Sitemap.Create(settings, plans))
            {
                yield return file;
            }
        }

        foreach (var file in Redirects.Create(settings, content))
        {
            yield return file;
        }

        if (SecurityTxt.Create(settings, DateTimeOffset.UtcNow) is { } securityTxt)
        {
            yield return securityTxt;
        }

        if (settings.Repository.Length > 0)
        {
            foreach (var file in DecapCms.Files(content, settings, settings.Repository, settings.RepositoryBranch))
            {
                yield return file;
            }
        }
    }

    /// <summary>
    /// Lays out each page and writes it at once, recording its links for the check; the HTML is
    /// not kept, so memory stays flat however many pages there are. Returns the number of pages.
    /// </summary>
    private static int WriteAll(StagingFolder staging, PageLayout layout, IReadOnlyList<PagePlan> plans, AssetManifest assets,
        IEnumerable<GeneratedFile> generated, LinkIndex links, DiagnosticBag diagnostics)
    {
        var pageCount = 0;
        Parallel.ForEach(plans, plan =>
        {
            if (layout.Render(plan, diagnostics) is not { } html)
            {
                return;
            }

            var sitePath = "/" + plan.OutputFile;
            staging.WriteText(sitePath, html);
            links.Add(sitePath, html);
            Interlocked.Increment(ref pageCount);
        });

        foreach (var file in generated)
        {
            staging.WriteText(file.RelativePath, file.Content);
            if (file.RelativePath.EndsWith(".html", StringComparison.Ordinal))
            {
                links.Add("/" + file.RelativePath, file.Content);
            }
        }

        foreach (var (source, sitePath) in assets.Files)
        {
            staging.Copy(source.FullPath, sitePath.TrimStart('/'));
        }

        return pageCount;
    }

    private static List<NavItemView> Navigation(ContentSet content) =>
    [
        new("Voorbeelden", "/voorbeelden/", false),
        new("Thema's", "/themas/", false),
        .. content.Paginas.Where(p => p.MenuOrder is not null).OrderBy(p => p.MenuOrder).Select(p => new NavItemView(p.Title, p.Path, false)),
    ];
}
