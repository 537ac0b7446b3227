using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Fluid;

namespace Praktijkvoorbeelden.Site.Layout;

/// <summary>
/// A parsed template that knows its file. When rendering fails inside it, it records itself in
/// the context before the error travels on, unless a partial it includes already did: so the
/// innermost template that failed is the one the error names.
/// </summary>
internal sealed class SourceTemplate(IFluidTemplate template, string displayPath, string text) : IFluidTemplate
{
    private const string FailedKey = "praktijkvoorbeelden.failed-template";

    /// <summary>The file as a contributor finds it: "input/_includes/x.liquid" or "theme/_layouts/y.liquid".</summary>
    public string DisplayPath { get; } = displayPath;

    public async ValueTask RenderAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await template.RenderAsync(writer, encoder, context);
        }
        catch
        {
            context.AmbientValues.TryAdd(FailedKey, this);
            throw;
        }
    }

    /// <summary>The innermost template that failed while rendering with this context, if any.</summary>
    public static SourceTemplate? Failed(TemplateContext context) =>
        context.AmbientValues.TryGetValue(FailedKey, out var failed) ? failed as SourceTemplate : null;

    /// <summary>The 1-based line of the first include tag for this partial name, or 0 when there is none.</summary>
    public int LineOfInclude(string name)
    {
        var tag = new Regex(@"\{%-?\s*include\s+['""]" + Regex.Escape(name) + @"(\.liquid)?['""]", RegexOptions.None, TimeSpan.FromSeconds(1));
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var index = Array.FindIndex(lines, tag.IsMatch);
        return index + 1;
    }
}
