using Praktijkvoorbeelden.Site.Diagnostics;
using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Read;
using YamlDotNet.RepresentationModel;

namespace Praktijkvoorbeelden.Site.Parse;

/// <summary>Reads input/_data/*.yml: each a list of { slug, label, beschrijving } in display order.</summary>
public static class VocabularyLoader
{
    public static Vocabularies Load(IReadOnlyList<SourceFile> dataFiles, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, Vocabulary>(StringComparer.Ordinal);
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in dataFiles)
        {
            var name = Path.GetFileNameWithoutExtension(file.RelativePath);
            present.Add(name);
            if (TextDecoder.Read(file, diagnostics) is { } text && YamlReader.Parse(text, 1, file.DisplayPath, diagnostics) is { } root)
            {
                result[name] = new Vocabulary(name, ReadTerms(root, new ScalarParser(file.DisplayPath, 1, diagnostics)));
            }
        }

        // A file that is there but could not be read already has its own error, on the right line.
        foreach (var required in FrontMatterSchema.VocabularyFiles.Where(n => !present.Contains(n)))
        {
            diagnostics.Error($"input/_data/{required}.yml", 0, 0, "Dit bestand met toegestane waarden ontbreekt.",
                "Maak het aan als lijst van items met slug, label en beschrijving.");
        }

        return new Vocabularies(result);
    }

    private static List<Term> ReadTerms(YamlNode root, ScalarParser scalars)
    {
        var terms = new List<Term>();
        if (root is not YamlSequenceNode sequence)
        {
            scalars.Error(root, "Dit bestand moet een lijst zijn: elk item begint met '- slug: ...'.");
            return terms;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode mapping)
            {
                scalars.Error(item, "Elk item moet slug, label en beschrijving hebben.");
                continue;
            }

            string? Get(string key) => mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) ? scalars.Text(key, node) : null;
            var slug = Get("slug");
            var label = Get("label");
            var description = mapping.Children.ContainsKey(new YamlScalarNode("beschrijving")) ? Get("beschrijving") : "";
            foreach (var unknown in mapping.Children.Keys.OfType<YamlScalarNode>().Where(k => k.Value is not ("slug" or "label" or "beschrijving")))
            {
                scalars.Error(unknown, $"Onbekende sleutel '{unknown.Value}'.", Suggestions.DidYouMean(unknown.Value ?? "", ["slug", "label", "beschrijving"]));
            }

            if (slug is null || label is null)
            {
                scalars.Error(item, "Dit item mist slug of label.");
                continue;
            }

            if (!Slugs.IsValid(slug) || !seen.Add(slug))
            {
                scalars.Error(item, $"De slug '{slug}' is ongeldig of dubbel.", "Gebruik kleine letters, cijfers en streepjes, en elke slug één keer.");
                continue;
            }

            terms.Add(new Term(slug, label, description ?? ""));
        }

        return terms;
    }
}
