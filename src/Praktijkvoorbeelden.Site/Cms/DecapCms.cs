using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Organise;
using Praktijkvoorbeelden.Site.Settings;

namespace Praktijkvoorbeelden.Site.Cms;

/// <summary>The two files of the web editor that the build writes: admin/config.yml and admin/index.html.</summary>
public static class DecapCms
{
    public static IEnumerable<GeneratedFile> Files(ContentSet content, SiteSettings settings, string repository, string branch = "main") =>
    [
        new(DecapConfig.RelativePath, DecapConfig.Generate(content, settings, repository, branch)),
        new(DecapAdminPage.RelativePath, DecapAdminPage.Create(settings)),
    ];
}
