using System.Globalization;
using System.Text;

namespace Praktijkvoorbeelden.Benchmarks;

/// <summary>
/// Writes a site of <c>count</c> generated voorbeelden with realistic size and structure (front
/// matter, four body sections, links between entries), deterministic per seed. Test data only:
/// the municipality names are made up ("Gemeente 17") so nothing can be mistaken for a fact.
/// </summary>
internal static class SyntheticSite
{
    private static readonly string[] Words =
    [
        "jeugdhulp", "jeugdzorg", "gemeente", "ouders", "jongeren", "pleegouders", "cliënten", "participatie", "beleid", "wijkteam",
        "gesprek", "ervaring", "ondersteuning", "samenwerking", "aanspreekpunt", "doorzettingsmacht", "regie", "kwaliteit", "zorgaanbieder",
        "cliëntenraad", "panel", "interviews", "advies", "vertrouwen", "netwerk", "school", "huisarts", "transformatie", "maatwerk",
        "de", "het", "een", "en", "met", "voor", "van", "in", "op", "naar", "door", "bij", "om", "dat", "die", "zij", "wij",
    ];

    private static readonly string[] Themes = ["meedoen"];
    private static readonly string[] Groups = ["jongeren", "ouders"];
    private static readonly string[] Levels = ["informeren", "raadplegen"];
    private static readonly string[] Forms = ["interviews", "panel"];

    public static string Create(int count, int seed = 42)
    {
        var root = Path.Combine(Path.GetTempPath(), $"pv-bench-{count}-{Guid.NewGuid():N}"[..30]);
        var input = Path.Combine(root, "input");
        Directory.CreateDirectory(Path.Combine(input, "_data"));
        Directory.CreateDirectory(Path.Combine(input, "voorbeelden"));
        Directory.CreateDirectory(Path.Combine(input, "themas"));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Vocabulary")))
        {
            File.Copy(file, Path.Combine(input, "_data", Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(input, "themas", "meedoen.md"), "---\ntitel: Meedoen\nsamenvatting: Gegenereerd thema.\nbijgewerkt: 2026-11-25\n---\nInleiding.\n");
        File.WriteAllText(Path.Combine(input, "index.md"), "---\ntitel: Benchmark\n---\nGegenereerde site.\n");
        File.WriteAllText(Path.Combine(input, "bijdragen.md"), "---\ntitel: Bijdragen\n---\nTekst.\n");
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(input, "voorbeelden", $"voorbeeld-{i}.md"), Voorbeeld(i, count, random));
        }

        return root;
    }

    private static string Voorbeeld(int i, int count, Random random)
    {
        string Pick(string[] from) => from[random.Next(from.Length)];
        string Sentence(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Pick(Words))) + ".";
        string Paragraph() => string.Join(' ', Enumerable.Range(0, random.Next(3, 7)).Select(_ => Sentence(random.Next(8, 16))));
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""
            ---
            titel: Voorbeeld {i} over {Pick(Words)} en {Pick(Words)}
            samenvatting: {Sentence(20)}
            schaal: gemeente
            gemeenten: [Gemeente {random.Next(1, 300)}]
            themas: [{Pick(Themes)}]
            doelgroepen: [{Pick(Groups)}]
            participatieniveau: {Pick(Levels)}
            werkvormen: [{Pick(Forms)}]
            jaar: {random.Next(2013, 2027)}
            bronnen:
              - titel: Gegenereerde bron {i}
                organisatie: Testorganisatie
            status: afgerond
            bijgewerkt: 2026-{random.Next(1, 12):00}-{random.Next(1, 28):00}
            ---

            """);
        foreach (var heading in new[] { "Aanleiding", "Aanpak", "Resultaten", "Lessen voor andere gemeenten" })
        {
            text.Append($"## {heading}\n\n{Paragraph()}\n\n{Paragraph()}\n\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"## Meer weten\n\nZie ook [een ander voorbeeld](/voorbeelden/voorbeeld-{random.Next(count)}/).\n");
        return text.ToString();
    }
}
