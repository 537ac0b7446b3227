using System.Text.RegularExpressions;
using Fluid;
using Praktijkvoorbeelden.Site.Diagnostics;
using Praktijkvoorbeelden.Site.Read;

namespace Praktijkvoorbeelden.Site.Layout;

/// <summary>
/// The Liquid templates of the theme after the override rule, parsed once per build with Fluid
/// (a runtime engine: a theme is data, nothing is compiled into the tool).
/// </summary>
public sealed partial class ThemeTemplates
{
    private static readonly FluidParser Parser = new(new FluidParserOptions { AllowFunctions = false });
    private readonly Dictionary<string, IFluidTemplate> _layouts = new(StringComparer.Ordinal);

    private ThemeTemplates(Dictionary<string, string> includes) => Includes = new InMemoryFileProvider(includes);

    internal InMemoryFileProvider Includes { get; }

    public static ThemeTemplates Load(IReadOnlyList<SourceFile> files, DiagnosticBag diagnostics)
    {
        var includes = new Dictionary<string, string>(StringComparer.Ordinal);
        var layouts = new List<(SourceFile File, string Text)>();
        foreach (var file in files)
        {
            if (TextDecoder.Read(file, diagnostics) is not { } text)
            {
                continue;
            }

            if (file.TopFolder == "_includes")
            {
                includes[file.RelativePath["_includes/".Length..]] = text;
            }
            else
            {
                layouts.Add((file, text));
            }
        }

        var templates = new ThemeTemplates(includes);
        foreach (var (file, text) in layouts)
        {
            if (Parser.TryParse(text, out var template, out var error))
            {
                templates._layouts[Path.GetFileNameWithoutExtension(file.RelativePath)] = template;
            }
            else
            {
                var match = Position().Match(error);
                diagnostics.Error(file.DisplayPath, match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0,
                    match.Success ? int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : 0,
                    $"Dit sjabloon is geen geldige Liquid: {error}");
            }
        }

        foreach (var include in includes)
        {
            if (!Parser.TryParse(include.Value, out _, out var error))
            {
                diagnostics.Error($"_includes/{include.Key}", 0, 0, $"Dit sjabloon is geen geldige Liquid: {error}");
            }
        }

        return templates;
    }

    public IFluidTemplate? Layout(string name) => _layouts.GetValueOrDefault(name);

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex Position();
}
