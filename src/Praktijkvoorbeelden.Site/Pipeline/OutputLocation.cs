using Praktijkvoorbeelden.Site.Settings;
using Praktijkvoorbeelden.Site.Write;

namespace Praktijkvoorbeelden.Site.Pipeline;

/// <summary>Which folder a build writes to, where that was chosen, and which folders it must never replace.</summary>
internal static class OutputLocation
{
    public static OutputChoice Choose(BuildOptions options, SiteSettings settings)
    {
        if (options.OutputDirectory is { } fromOption)
        {
            return new OutputChoice(Path.GetFullPath(fromOption), fromOption, "--output", 0, 0, "--output output");
        }

        var (line, column) = PositionOfOutputPath(options.RootDirectory);
        return new OutputChoice(Path.GetFullPath(Path.Combine(options.RootDirectory, settings.OutputPath)), settings.OutputPath,
            SettingsLoader.FileName, line, column, "\"OutputPath\": \"output\"");
    }

    public static IReadOnlyList<ProtectedFolder> Protected(BuildOptions options) =>
    [
        new(options.RootDirectory, "de projectmap", OutputMayLieInside: true),
        new(options.Input, "de map met de inhoud (input/)", OutputMayLieInside: false),
        new(options.Theme, "de map met het thema (theme/)", OutputMayLieInside: false),
        new(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), "uw thuismap", OutputMayLieInside: true),
    ];

    /// <summary>Line and column of "OutputPath" in statiq.json, or 0 when the setting is not written there.</summary>
    private static (int Line, int Column) PositionOfOutputPath(string rootDirectory)
    {
        var path = Path.Combine(rootDirectory, SettingsLoader.FileName);
        var lines = File.Exists(path) ? File.ReadAllLines(path) : [];
        for (var i = 0; i < lines.Length; i++)
        {
            var column = lines[i].IndexOf("\"OutputPath\"", StringComparison.Ordinal);
            if (column >= 0)
            {
                return (i + 1, column + 1);
            }
        }

        return (0, 0);
    }
}
