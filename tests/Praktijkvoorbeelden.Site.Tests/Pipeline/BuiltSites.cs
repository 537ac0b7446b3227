using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Tests.Support;

namespace Praktijkvoorbeelden.Site.Tests.Pipeline;

/// <summary>
/// The "compleet" fixture (every page type, aliases, hidden files, an image) built once, so many
/// read-only assertions share one build. What pages must show is derived from the parsed input.
/// </summary>
internal sealed class BuiltSite : IDisposable
{
    private IReadOnlyDictionary<string, IHtmlDocument>? _pages;

    public BuiltSite(string linkRoot)
    {
        LinkRoot = linkRoot;
        Site = new TestSite("compleet");
        Site.BuildSucceeded(linkRoot);
        Content = Site.Content();
    }

    public string LinkRoot { get; }

    public TestSite Site { get; }

    public ContentSet Content { get; }

    /// <summary>Every HTML page of the output, parsed once for all tests that walk the whole site.</summary>
    public IReadOnlyDictionary<string, IHtmlDocument> Pages => _pages ??= Site.HtmlPages();

    public Voorbeeld Voorbeeld(string slug) => Content.Voorbeelden.Single(v => v.Slug == slug);

    public static IReadOnlyList<string> CardTitles(IParentNode container) =>
        container.QuerySelectorAll(".pv-card__title").Select(e => e.TextContent.Trim()).ToList();

    public void Dispose() => Site.Dispose();
}

/// <summary>Shared fixture: the complete site at the root of its host.</summary>
public sealed class CompleteSite : IDisposable
{
    internal BuiltSite Built { get; } = new("");

    public void Dispose() => Built.Dispose();
}

/// <summary>Shared fixture: the complete site served under the sub-path /pv.</summary>
public sealed class CompleteSiteUnderSubPath : IDisposable
{
    internal BuiltSite Built { get; } = new("/pv");

    public void Dispose() => Built.Dispose();
}

/// <summary>
/// The tests that only read the built sites share one build of each (a build costs more than all
/// their assertions together), so they run one class after another.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BuiltSites : ICollectionFixture<CompleteSite>, ICollectionFixture<CompleteSiteUnderSubPath>
{
    public const string Name = "Gebouwde sites";
}
