using Praktijkvoorbeelden.Site.Diagnostics;

namespace Praktijkvoorbeelden.Site.Write;

/// <summary>
/// Checks the output folder before anything is written. A build replaces the output whole and
/// the next build deletes the old one, so an output of "." or "~" would destroy the project or
/// the home folder. Refused: a folder that is or holds a protected folder, a folder inside input/
/// or theme/, a file, and an existing folder with files that no build made.
/// </summary>
public static class OutputFolderGuard
{
    private const string Replaced = "Een build vervangt de uitvoermap helemaal. Alles wat nu in die map staat, raakt u dan kwijt.";

    // Case is ignored everywhere: on Windows and macOS "Input" is "input", and refusing too much is safe.
    private const StringComparison PathComparison = StringComparison.OrdinalIgnoreCase;

    /// <param name="replacesOutput">False for `check`, which never touches the output: only the location is checked.</param>
    /// <returns>True when the build may replace the output folder.</returns>
    public static bool Check(OutputChoice output, IEnumerable<ProtectedFolder> protectedFolders, bool replacesOutput, DiagnosticBag diagnostics)
    {
        var target = Normalise(output.FullPath);
        if (Problem(target, protectedFolders.Where(p => p.FullPath.Length > 0).ToList()) is { } problem)
        {
            diagnostics.Error(output.File, output.Line, output.Column, $"De uitvoermap {Shown(output)} {problem}",
                $"Kies een aparte map voor de gebouwde site, bijvoorbeeld {output.Example}.");
            return false;
        }

        if (File.Exists(target))
        {
            diagnostics.Error(output.File, output.Line, output.Column, $"De uitvoermap {Shown(output)} is een bestand, geen map.",
                $"Kies een andere naam voor de map van de gebouwde site, bijvoorbeeld {output.Example}.");
            return false;
        }

        if (replacesOutput && Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !OutputMarker.IsIn(target))
        {
            diagnostics.Error(output.File, output.Line, output.Column,
                $"De uitvoermap {Shown(output)} bestaat al en is niet door een build van deze site gemaakt (het bestand {OutputMarker.FileName} ontbreekt). {Replaced}",
                $"Kies een nieuwe of lege map, bijvoorbeeld {output.Example}. Mogen de bestanden in die map echt weg? Verwijder de map dan eerst zelf.");
            return false;
        }

        return true;
    }

    private static string? Problem(string target, List<ProtectedFolder> protectedFolders)
    {
        // "is" before "bevat": `--output ~` is the home folder, even when the project lies inside it.
        if (protectedFolders.FirstOrDefault(f => string.Equals(target, Normalise(f.FullPath), PathComparison)) is { } same)
        {
            return $"is {same.Name}. {Replaced}";
        }

        if (protectedFolders.FirstOrDefault(f => IsInside(Normalise(f.FullPath), target)) is { } held)
        {
            return $"bevat {held.Name}. {Replaced}";
        }

        return protectedFolders.FirstOrDefault(f => !f.OutputMayLieInside && IsInside(target, Normalise(f.FullPath))) is { } around
            ? $"ligt in {around.Name}. Dan leest de volgende build de gebouwde site als inhoud."
            : null;
    }

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar, PathComparison);

    private static string Normalise(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static string Shown(OutputChoice output)
    {
        var full = Normalise(output.FullPath);
        return output.WrittenAs == full ? $"'{full}'" : $"'{output.WrittenAs}' ({full})";
    }
}
