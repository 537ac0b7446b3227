namespace Praktijkvoorbeelden.Site.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>
/// One problem found in the content, told in Dutch: where (file, line, column), what is wrong
/// and how to fix it. Line and column are 1-based; 0 means "the whole file".
/// </summary>
public sealed record Diagnostic(Severity Severity, string File, int Line, int Column, string Message, string? Fix = null)
{
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}:{Line}:{Math.Max(Column, 1)}" : File;
        var kind = Severity == Severity.Error ? "fout" : "waarschuwing";
        return Fix is null ? $"{where}: {kind}: {Message}" : $"{where}: {kind}: {Message} {Fix}";
    }
}
