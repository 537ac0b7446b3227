using System.Text.RegularExpressions;
using Fluid;
using Praktijkvoorbeelden.Site.Diagnostics;
using Praktijkvoorbeelden.Site.Read;

namespace Praktijkvoorbeelden.Site.Layout;

/// <summary>
/// The Liquid templates of the theme after the override rule, parsed once per build with Fluid
/// (a runtime engine: a theme is data, nothing is compiled into the tool). Layouts and partials
/// both remember the file they came from (input/... or theme/...), so an error names the file
/// that was really used.
/// </summary>
public sealed partial class ThemeTemplates
{
    private static readonly FluidParser Parser = new(new FluidParserOptions { AllowFunctions = false });
    private readonly Dictionary<string, SourceTemplate> _layouts;

    private ThemeTemplates(Dictionary<string, SourceTemplate> layouts, Dictionary<string, string> includeTexts, Dictionary<string, SourceTemplate> includes)
    {
        _layouts = layouts;
        Includes = new InMemoryFileProvider(includeTexts);
        IncludeCache = new ParsedIncludes(includes);
    }

    internal InMemoryFileProvider Includes { get; }

    // FLUID001: ITemplateCache is marked experimental. It is the one way to hand the include tag a
    // template of our own (one that knows its file); Fluid is pinned in Directory.Packages.props and
    // TemplateErrorTests fail if an upgrade changes how the include tag uses it.
#pragma warning disable FLUID001

    /// <summary>The partials, parsed at load: Fluid's include tag takes them from here instead of parsing them per page.</summary>
    internal ITemplateCache IncludeCache { get; }
#pragma warning restore FLUID001

    public static ThemeTemplates Load(IReadOnlyList<SourceFile> files, DiagnosticBag diagnostics)
    {
        var includeTexts = new Dictionary<string, string>(StringComparer.Ordinal);
        var includes = new Dictionary<string, SourceTemplate>(StringComparer.Ordinal);
        var layouts = new Dictionary<string, SourceTemplate>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (TextDecoder.Read(file, diagnostics) is not { } text || Parse(file, text, diagnostics) is not { } template)
            {
                continue;
            }

            if (file.TopFolder == "_includes")
            {
                var name = file.RelativePath["_includes/".Length..];
                includeTexts[name] = text;
                includes[name] = template;
            }
            else
            {
                layouts[Path.GetFileNameWithoutExtension(file.RelativePath)] = template;
            }
        }

        return new ThemeTemplates(layouts, includeTexts, includes);
    }

    /// <summary>A layout by name ("voorbeeld", "base"), or null when neither input/ nor theme/ has it.</summary>
    internal SourceTemplate? Layout(string name) => _layouts.GetValueOrDefault(name);

    /// <summary>"... at (12:5)" in a Fluid message -> line 12, column 5; (0, 0) when Fluid gives no position.</summary>
    internal static (int Line, int Column) PositionIn(string message)
    {
        var match = Position().Match(message);
        return match.Success
            ? (int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))
            : (0, 0);
    }

    private static SourceTemplate? Parse(SourceFile file, string text, DiagnosticBag diagnostics)
    {
        if (Parser.TryParse(text, out var template, out var error))
        {
            return new SourceTemplate(template, file.DisplayPath, text);
        }

        var (line, column) = PositionIn(error);
        diagnostics.Error(file.DisplayPath, line, column, $"Dit sjabloon is geen geldige Liquid: {error}");
        return null;
    }

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex Position();

#pragma warning disable FLUID001 // see IncludeCache

    /// <summary>Hands Fluid's include tag the partials parsed at load; there is nothing to store.</summary>
    private sealed class ParsedIncludes(Dictionary<string, SourceTemplate> includes) : ITemplateCache
    {
        public bool TryGetTemplate(string subpath, DateTimeOffset lastModified, out IFluidTemplate template)
        {
            var found = includes.TryGetValue(subpath.TrimStart('/'), out var source);
            template = source!;
            return found;
        }

        public void SetTemplate(string subpath, DateTimeOffset lastModified, IFluidTemplate template)
        {
        }
    }
#pragma warning restore FLUID001
}
