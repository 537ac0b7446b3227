using Praktijkvoorbeelden.Site.Diagnostics;
using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Read;

namespace Praktijkvoorbeelden.Site.Parse;

/// <summary>Turns one Markdown file into a typed document, or into a rejected one with diagnostics.</summary>
internal sealed class DocumentParser(Vocabularies vocabularies, DiagnosticBag diagnostics)
{
    /// <summary>Thread-safe: each call collects into its own bag and merges at the end.</summary>
    public (Document? Document, RejectedDocument? Rejected) Parse(DocumentAddress address)
    {
        var local = new DiagnosticBag();
        var document = Parse(address.File, address.Kind, address.Slug, local, out var split);
        diagnostics.AddRange(local);
        if (!local.HasErrors)
        {
            return (document, null);
        }

        return (null, new RejectedDocument(address.File, address.Kind, address.SitePath, split?.Body, split?.BodyLine ?? 0));
    }

    private Document? Parse(SourceFile file, DocumentKind kind, string slug, DiagnosticBag diagnostics, out SplitDocument? split)
    {
        if (!SourceText.TryRead(file, diagnostics, out split))
        {
            return null;
        }

        if (split is null)
        {
            diagnostics.Error(file.DisplayPath, 1, 1, "Bovenaan dit bestand ontbreken de gegevens tussen twee regels met ---.",
                "Begin het bestand met een regel ---, dan de gegevens (titel: ...), dan weer een regel ---.");
            return null;
        }

        if (YamlReader.Parse(split.Yaml, split.YamlLine, file.DisplayPath, diagnostics) is not { } root)
        {
            return null;
        }

        var scalars = new ScalarParser(file.DisplayPath, split.YamlLine, diagnostics);
        var values = new FrontMatterReader(scalars, vocabularies).Read(root, FrontMatterSchema.For(kind));
        Document document = kind switch
        {
            DocumentKind.Voorbeeld => Voorbeeld(file, slug, values, split),
            DocumentKind.Thema => new Thema(file, slug, values.Text("titel"), values.Text("samenvatting"), values.List("aliassen"),
                split.Body, split.BodyLine, values.Number("volgorde") ?? int.MaxValue, values.List("voorbeelden"), values.Date("bijgewerkt")),
            _ => new Pagina(file, slug, values.Text("titel"), values.OptionalText("samenvatting"), values.List("aliassen"),
                split.Body, split.BodyLine, values.Number("menu")),
        };

        // Only when 'gemeenten' is missing or empty: a wrong value there already has its own error.
        var municipalitiesMissingOrEmpty = values.Has("gemeenten") || values.PositionOf("gemeenten").Line == 0;
        if (document is Voorbeeld { Scale: "gemeente" or "regio", Municipalities.Count: 0 } && values.Has("schaal") && municipalitiesMissingOrEmpty)
        {
            var (line, column) = values.PositionOf("schaal");
            diagnostics.Error(file.DisplayPath, line, column, "Bij schaal gemeente of regio hoort de sleutel 'gemeenten'.",
                "Voeg toe: gemeenten: [Officiële naam van de gemeente]");
        }

        return document;
    }

    private static Voorbeeld Voorbeeld(SourceFile file, string slug, FieldValues v, SplitDocument split) => new(
        file, slug, v.Text("titel"), v.Text("samenvatting"), v.List("aliassen"), split.Body, split.BodyLine,
        Scale: v.Text("schaal"),
        Municipalities: v.List("gemeenten"),
        Themes: v.List("themas"),
        TargetGroups: v.List("doelgroepen"),
        ParticipationLevel: v.OptionalText("participatieniveau"),
        WorkForms: v.List("werkvormen"),
        Year: v.Number("jaar"),
        Sources: v.Sources("bronnen"),
        Contact: v.OptionalText("contact"),
        Status: v.Text("status"),
        Checked: v.Date("bijgewerkt"));
}
