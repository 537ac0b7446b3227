using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Read;

namespace Praktijkvoorbeelden.Site.Organise;

/// <summary>Every path the site will publish, known right after parsing, so the render stage can check links.</summary>
public static class KnownPaths
{
    public static HashSet<string> Of(ContentSet content, IEnumerable<SourceFile> assets)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal) { "/voorbeelden/", "/themas/", "/zoeken/", "/feed.xml", "/sitemap.xml", "/api/voorbeelden.json" };
        paths.UnionWith(content.Documents.Select(d => d.Path));
        foreach (var taxonomy in Taxonomy.All(content))
        {
            paths.Add(taxonomy.IndexPath);
            paths.UnionWith(taxonomy.Terms(content).Select(t => taxonomy.PathOf(t.Term.Slug)));
        }

        paths.UnionWith(assets.Select(a => "/" + a.RelativePath));
        return paths;
    }
}
