using System.Text;

namespace Praktijkvoorbeelden.Search.Benchmarks;

/// <summary>
/// Generates voorbeelden that look like the real ones to the analyser: Dutch sentences from the
/// field's words (compounds, plurals, diacritics), about 500 words of body, and facet values spread
/// like a real collection. Deterministic: the same seed gives the same collection.
/// </summary>
internal static class SyntheticCollection
{
    private static readonly string[] Nouns =
    [
        "gemeente", "gemeenten", "jeugdhulp", "jeugdzorg", "pleegouders", "pleegouder", "pleegkinderen", "kinderen", "kind",
        "jongeren", "jongere", "ouders", "cliënten", "cliënt", "jeugdzorgcliënten", "cliëntenraad", "wijkteam", "buurtteams",
        "ervaringsdeskundigen", "hulpverleners", "jeugdhulpverlener", "aanbieders", "zorgaanbieder", "organisaties", "school",
        "scholen", "wethouder", "ambtenaren", "beleid", "participatie", "cliëntenparticipatie", "inspraak", "vragenlijst",
        "panel", "interviews", "gesprekken", "ondersteuning", "cliëntondersteuning", "aanspreekpunt", "escalatiemodel",
        "doorzettingsmacht", "ombudsman", "taskforce", "gezinnen", "gezin", "pleeggezin", "pleegzorg", "transformatie",
        "regio", "samenwerking", "netwerk", "vertrouwen", "ervaringen", "meedenkgroep", "jongerenraad", "adviesraad",
    ];

    private static readonly string[] Verbs =
    [
        "betrekken", "vragen", "spreken met", "ondersteunen", "luisteren naar", "organiseren", "helpen", "bereiken",
        "informeren", "raadplegen", "adviseren", "vinden", "kiezen", "regelen", "verbeteren", "bespreken",
    ];

    private static readonly string[] Glue = ["de", "het", "een", "en", "van", "in", "met", "voor", "bij", "over", "die", "dat", "ook", "samen"];
    private static readonly string[] Themas = ["clientenparticipatie", "pleegzorg", "escalatie-en-doorzettingsmacht", "wijkteams", "onderwijs", "armoede"];
    private static readonly string[] Doelgroepen = ["jongeren", "ouders", "clienten-jeugdzorg", "pleegouders", "clientenorganisaties"];
    private static readonly string[] Niveaus = ["informeren", "raadplegen", "adviseren", "coproduceren", "meebeslissen", "zelfbeheer"];
    private static readonly string[] Werkvormen = ["interviews", "panel", "meetinstrument", "meedenkgroep", "ervaringsdeskundigen"];
    private static readonly string[] Statussen = ["lopend", "structureel", "afgerond", "onbekend"];

    public static IReadOnlyList<SearchDocument> Generate(int count, int seed = 42)
    {
        var random = new Random(seed);
        var gemeenten = Enumerable.Range(0, 340).Select(i => $"gemeente-{i}").ToArray();
        return Enumerable.Range(0, count).Select(i => new SearchDocument(
            Id: $"voorbeeld-{i}",
            Url: $"/voorbeelden/voorbeeld-{i}/",
            Title: Capital(Sentence(random, 6)),
            Summary: Paragraph(random, 2),
            Body: string.Join("\n\n", Enumerable.Range(0, 6).Select(_ => Paragraph(random, 5))),
            Themas: Pick(random, Themas, 1, 2),
            Gemeenten: Pick(random, gemeenten, 0, 2),
            Doelgroepen: Pick(random, Doelgroepen, 1, 3),
            Participatieniveau: Niveaus[random.Next(Niveaus.Length)],
            Werkvormen: Pick(random, Werkvormen, 0, 2),
            Jaar: 2010 + random.Next(16),
            Status: Statussen[random.Next(Statussen.Length)])).ToList();
    }

    public static IndexVocabulary Vocabulary(int gemeenten = 340) => new(
        new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["thema"] = Themas.ToDictionary(t => t, Capital),
            ["gemeente"] = Enumerable.Range(0, gemeenten).ToDictionary(i => $"gemeente-{i}", i => $"Gemeente {i}"),
            ["doelgroep"] = Doelgroepen.ToDictionary(t => t, Capital),
            ["participatieniveau"] = Niveaus.ToDictionary(t => t, Capital),
            ["werkvorm"] = Werkvormen.ToDictionary(t => t, Capital),
            ["status"] = Statussen.ToDictionary(t => t, Capital),
        },
        ["jongeren", "ouders", "clienten", "jeugdzorg", "pleegouders", "meedenkgroep", "meetinstrument", "escalatiemodel"]);

    private static string Paragraph(Random random, int sentences) =>
        string.Join(' ', Enumerable.Range(0, sentences).Select(_ => Capital(Sentence(random, 12 + random.Next(8))) + "."));

    private static string Sentence(Random random, int words)
    {
        var text = new StringBuilder();
        for (var w = 0; w < words; w++)
        {
            var pool = (w % 3) switch { 0 => Glue, 1 => Nouns, _ => random.Next(2) == 0 ? Verbs : Nouns };
            text.Append(w == 0 ? "" : " ").Append(pool[random.Next(pool.Length)]);
        }

        return text.ToString();
    }

    private static string[] Pick(Random random, string[] from, int min, int max) =>
        [.. Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => from[random.Next(from.Length)]).Distinct()];

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
