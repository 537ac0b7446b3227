using Praktijkvoorbeelden.Site.Diagnostics;

namespace Praktijkvoorbeelden.Site.Pipeline;

/// <summary>How a build went: its diagnostics, the time per stage and what it wrote.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages,
    int PageCount,
    string? OutputDirectory)
{
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
}
