namespace Praktijkvoorbeelden.Site.Write;

/// <summary>
/// The output folder and where it was chosen, so a refusal can point there: the line of
/// "OutputPath" in statiq.json, or the --output option (line 0).
/// </summary>
/// <param name="WrittenAs">The path as the contributor wrote it, e.g. "." or "output".</param>
/// <param name="Example">A safe choice written the same way, for the fix.</param>
public sealed record OutputChoice(string FullPath, string WrittenAs, string File, int Line, int Column, string Example);

/// <summary>A folder the build must never replace or write into: the project, its input and theme, the user's home.</summary>
/// <param name="Name">Dutch, as it reads after "is" or "bevat": "de projectmap", "uw thuismap".</param>
/// <param name="OutputMayLieInside">The project and the home folder may hold the output; input/ and theme/ may not.</param>
public sealed record ProtectedFolder(string FullPath, string Name, bool OutputMayLieInside);
