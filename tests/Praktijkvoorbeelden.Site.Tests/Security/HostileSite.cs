using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Praktijkvoorbeelden.Site.Diagnostics;
using Praktijkvoorbeelden.Site.Organise;
using Praktijkvoorbeelden.Site.Parse;
using Praktijkvoorbeelden.Site.Read;
using Praktijkvoorbeelden.Site.Render;
using Praktijkvoorbeelden.Site.Settings;
using Praktijkvoorbeelden.Site.Tests.Support;

namespace Praktijkvoorbeelden.Site.Tests.Security;

/// <summary>The good fixture with one hostile change, built for real, plus what the clean fixture publishes.</summary>
internal sealed class HostileSite : IDisposable
{
    public const string Voorbeeld = "voorbeelden/eerste-voorbeeld.md";
    public const string VoorbeeldDisplayPath = "input/" + Voorbeeld;

    // Messages with which the pipeline tells a contributor why their body was refused.
    private static readonly string[] DutchRefusals =
        ["HTML in de tekst is geweigerd", "is niet toegestaan", "geen alt-tekst", "relatief pad", "bestaat niet"];

    private static readonly Lazy<HashSet<string>> CleanBaseline = new(() =>
    {
        using var clean = new TestSite();
        clean.BuildSucceeded();
        return ActiveContent.Of(Parse(clean)).Select(f => f.Finding).ToHashSet(StringComparer.Ordinal);
    });

    public TestSite Site { get; } = new();

    /// <summary>Active content of a clean build of the same fixture: the theme's own scripts, styles, forms.</summary>
    public static IReadOnlySet<string> Baseline => CleanBaseline.Value;

    public void InsertIntoBody(string markdown) => Site.Replace(Voorbeeld, "## Aanleiding", $"{markdown}\n\n## Aanleiding");

    /// <summary>Active content in the output that the clean build does not have: injected by the content.</summary>
    public List<string> InjectedIntoOutput() =>
        Directory.Exists(Site.Output)
            ? ActiveContent.Of(Parse(Site)).Where(f => !Baseline.Contains(f.Finding)).Select(f => $"{f.Page}: {f.Finding}").ToList()
            : [];

    /// <summary>
    /// The body as the render stage makes it when its checks are ignored: proves the sanitizer alone
    /// stops the vector, should a check ever miss it.
    /// </summary>
    public List<string> ActiveContentAfterSanitizerAlone()
    {
        var sources = SourceReader.Read(Site.Input, TestSite.Theme);
        var content = ContentLoader.Load(sources, new DiagnosticBag());
        var voorbeeld = content.Voorbeelden.Single(v => v.Slug == "eerste-voorbeeld");
        var rendered = new MarkdownRenderer(new SiteSettings(), KnownPaths.Of(content, sources.Assets)).Render(voorbeeld, new DiagnosticBag());
        var document = new HtmlParser().ParseDocument($"<!doctype html><html><body>{rendered.Html}</body></html>");
        return ActiveContent.Of(document.Body!).ToList();
    }

    public static bool IsDutchRefusal(Diagnostic diagnostic) =>
        diagnostic.Severity == Severity.Error && diagnostic.File == VoorbeeldDisplayPath &&
        DutchRefusals.Any(r => diagnostic.Message.Contains(r, StringComparison.Ordinal));

    public void Dispose() => Site.Dispose();

    private static Dictionary<string, IDocument> Parse(TestSite site) =>
        site.HtmlPages().ToDictionary(p => p.Key, p => (IDocument)p.Value, StringComparer.Ordinal);
}
