using AngleSharp.Dom;
using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Tests.Support;

namespace Praktijkvoorbeelden.Site.Tests.Pipeline;

/// <summary>
/// The "compleet" fixture (every page type, aliases, hidden files, an image) built once, so many
/// read-only assertions share one build. What pages must show is derived from the parsed input.
/// </summary>
internal sealed class BuiltSite : IDisposable
{
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

    public Voorbeeld Voorbeeld(string slug) => Content.Voorbeelden.Single(v => v.Slug == slug);

    public static IReadOnlyList<string> CardTitles(IParentNode container) =>
        container.QuerySelectorAll(".pv-card__title").Select(e => e.TextContent.Trim()).ToList();

    public void Dispose() => Site.Dispose();
}

/// <summary>Class fixture: the complete site at the root of its host.</summary>
public sealed class CompleteSite : IDisposable
{
    internal BuiltSite Built { get; } = new("");

    public void Dispose() => Built.Dispose();
}

/// <summary>Class fixture: the complete site served under the sub-path /pv.</summary>
public sealed class CompleteSiteUnderSubPath : IDisposable
{
    internal BuiltSite Built { get; } = new("/pv");

    public void Dispose() => Built.Dispose();
}
