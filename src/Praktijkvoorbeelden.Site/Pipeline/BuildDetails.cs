using Praktijkvoorbeelden.Site.Read;
using Praktijkvoorbeelden.Site.Settings;

namespace Praktijkvoorbeelden.Site.Pipeline;

/// <summary>What --verbose adds to the stage lines: the settings used, where files came from, what was written.</summary>
internal static class BuildDetails
{
    public static void Settings(IBuildLog log, SiteSettings settings, BuildOptions options)
    {
        log.Verbose($"Instellingen: Host={settings.Host}, LinkRoot={(settings.LinkRoot.Length == 0 ? "(geen)" : settings.LinkRoot)}, " +
            $"GenerateSitemap={settings.GenerateSitemap}, GenerateSearchIndex={settings.GenerateSearchIndex}");
        log.Verbose($"Inhoud uit {options.Input}, thema uit {options.Theme}");
    }

    public static void Sources(IBuildLog log, SourceSet sources)
    {
        log.Verbose($"Gelezen: {sources.Markdown.Count} Markdown, {sources.Data.Count} lijsten, {sources.Templates.Count} sjablonen, {sources.Assets.Count} andere bestanden");
        foreach (var template in sources.Templates.Where(t => t.Origin == SourceOrigin.Input))
        {
            log.Verbose($"Sjabloon uit de inhoud in plaats van het thema: {template.DisplayPath}");
        }
    }

    public static void Output(IBuildLog log, string directory, ICollection<string> files)
    {
        var bytes = files.Sum(f => new FileInfo(Path.Combine(directory, f.TrimStart('/'))).Length);
        log.Verbose($"Geschreven naar {directory}: {files.Count} bestanden, {bytes / 1024.0 / 1024.0:0.0} MB");
    }
}
