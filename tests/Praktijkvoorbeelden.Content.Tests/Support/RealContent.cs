using Praktijkvoorbeelden.Site.Diagnostics;
using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Parse;
using Praktijkvoorbeelden.Site.Read;

namespace Praktijkvoorbeelden.Content.Tests.Support;

/// <summary>
/// The real input/ parsed by the site's own loader, so these tests see exactly the fields the
/// build sees. Loaded once: the content does not change during a test run.
/// </summary>
internal static class RealContent
{
    private static readonly Lazy<ContentSet> Loaded = new(Load);

    public static ContentSet Set => Loaded.Value;

    public static IReadOnlyList<Voorbeeld> Voorbeelden => Set.Voorbeelden;

    private static ContentSet Load()
    {
        var diagnostics = new DiagnosticBag();
        var sources = SourceReader.Read(Repository.Input, Path.Combine(Repository.Root, "theme"));
        var content = ContentLoader.Load(sources, diagnostics);
        Assert.False(diagnostics.HasErrors, "input/ has errors:\n" + string.Join('\n', diagnostics.Items));
        return content;
    }
}
