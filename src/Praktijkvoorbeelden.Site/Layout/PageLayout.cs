using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;
using Praktijkvoorbeelden.Site.Diagnostics;
using Praktijkvoorbeelden.Site.Organise;
using Praktijkvoorbeelden.Site.Settings;

namespace Praktijkvoorbeelden.Site.Layout;

/// <summary>
/// The lay-out stage: renders a page's type template (home, voorbeeld, thema, ...) and wraps the
/// result in the base layout. Filters: <c>url</c> puts LinkRoot before a site path, <c>asset</c>
/// gives the fingerprinted URL of a theme asset.
/// </summary>
public sealed class PageLayout
{
    private readonly ThemeTemplates _templates;
    private readonly TemplateOptions _options;
    private readonly SiteSettings _settings;
    private readonly IReadOnlyList<NavItemView> _nav;
    private readonly IReadOnlyList<NavItemView> _footer;

    public PageLayout(SiteSettings settings, ThemeTemplates templates, AssetManifest assets, IReadOnlyList<NavItemView> nav, IReadOnlyList<NavItemView> footer)
    {
        _settings = settings;
        _templates = templates;
        _nav = nav;
        _footer = footer;
        _options = new TemplateOptions
        {
            FileProvider = templates.Includes,
            TemplateCache = templates.IncludeCache,
            MemberAccessStrategy = new UnsafeMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase },
        };
        _options.Filters.AddFilter("url", (input, _, _) => new StringValue(settings.Link(input.ToStringValue())));
        _options.Filters.AddFilter("asset", (input, _, _) => new StringValue(settings.Link(assets.SitePathOf(input.ToStringValue()))));
    }

    public string? Render(PagePlan plan, DiagnosticBag diagnostics)
    {
        var typeTemplate = _templates.Layout(plan.Template);
        var baseTemplate = _templates.Layout("base");
        if (typeTemplate is null || baseTemplate is null)
        {
            diagnostics.Error($"theme/_layouts/{(typeTemplate is null ? plan.Template : "base")}.liquid", 0, 0,
                "Dit sjabloon ontbreekt in theme/ en input/.", "Zet het bestand terug of maak het in input/_layouts/.");
            return null;
        }

        var context = new TemplateContext(_options);
        context.SetValue("page", plan.Page);
        context.SetValue("site", Site(plan.Page));
        var rendering = typeTemplate;
        try
        {
            var content = typeTemplate.Render(context, HtmlEncoder.Default);
            context.SetValue("content", content);
            rendering = baseTemplate;
            return baseTemplate.Render(context, HtmlEncoder.Default);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A theme is data: whatever a broken template does, it is a message about that file, never a crash.
            var failed = SourceTemplate.Failed(context) ?? rendering;
            var (line, column) = e is FileNotFoundException ? (failed.LineOfInclude(e.Message), 0) : ThemeTemplates.PositionIn(e.Message);
            var (message, fix) = Explain(e);
            diagnostics.Error(failed.DisplayPath, line, column, $"Fout bij het maken van {plan.Page.Path}: {message}", fix);
            return null;
        }
    }

    /// <summary>The errors a contributor can cause, told in Dutch; others keep Fluid's own words.</summary>
    private static (string Message, string? Fix) Explain(Exception e) => e switch
    {
        FileNotFoundException => (
            $"het deelsjabloon '{e.Message}' bestaat niet in input/_includes/ of theme/_includes/.",
            $"Verbeter de naam in de include-tag of maak input/_includes/{Path.GetFileNameWithoutExtension(e.Message)}.liquid."),
        InvalidOperationException when e.Message.Contains("recursion", StringComparison.OrdinalIgnoreCase) => (
            "een deelsjabloon neemt zichzelf op, direct of via een ander deelsjabloon.",
            "Haal de include-tag weg die weer naar dit bestand leidt."),
        _ => (e.Message, null),
    };

    private SiteView Site(PageView page) => new(
        _settings.SiteTitle,
        _settings.SiteDescription,
        _settings.LinkRoot,
        _nav.Select(n => n with { Current = n.Url == "/" ? page.Path == "/" : page.Path.StartsWith(n.Url, StringComparison.Ordinal) }).ToList(),
        _footer.Select(f => f with { Current = f.Url == page.Path }).ToList(),
        DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
