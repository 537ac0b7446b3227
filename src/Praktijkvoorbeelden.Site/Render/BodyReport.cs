using Markdig.Syntax;
using Praktijkvoorbeelden.Site.Diagnostics;

namespace Praktijkvoorbeelden.Site.Render;

/// <summary>A place in a body: the line counted from 0 within the body, and the column from 1.</summary>
internal readonly record struct BodyPosition(int Line, int Column)
{
    public static BodyPosition Of(MarkdownObject node) => new(node.Line, node.Column + 1);
}

/// <summary>Reports a problem in a body on the line of the file where the contributor finds it.</summary>
/// <param name="file">The file as the contributor finds it, e.g. "input/voorbeelden/x.md".</param>
/// <param name="bodyLine">The line of the file on which the body starts.</param>
internal sealed class BodyReport(string file, int bodyLine, DiagnosticBag diagnostics)
{
    public void Error(BodyPosition at, string message, string fix) =>
        diagnostics.Error(file, bodyLine + at.Line, at.Column, message, fix);

    public void Warning(BodyPosition at, string message, string fix) =>
        diagnostics.Warning(file, bodyLine + at.Line, at.Column, message, fix);
}
