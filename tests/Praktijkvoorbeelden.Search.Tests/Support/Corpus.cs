namespace Praktijkvoorbeelden.Search.Tests.Support;

/// <summary>A small Dutch collection with known words, facets and decoys, and helpers to build indexes from it.</summary>
internal static class Corpus
{
    public static readonly SearchDocument[] Documents =
    [
        Doc("groningen-interviews", "Groningen interviewt jeugdzorgcliënten",
            "De gemeente Groningen sprak met negen cliënten over hun ervaringen.",
            "Gemeenten kregen de verantwoordelijkheid. Groningen hield interviews met negen jeugdzorgcliënten uit verschillende vormen van hulp.",
            themas: ["clientenparticipatie"], gemeenten: ["groningen"], doelgroepen: ["clienten-jeugdzorg"], niveau: "raadplegen", jaar: 2016, status: "afgerond"),
        Doc("bondgenoot-pleegouders", "Gemeente als bondgenoot van pleegouders",
            "Pleegouders worden niet langer van het kastje naar de muur gestuurd.",
            "Een pleegouder met vragen kan bij één vast aanspreekpunt terecht. Pleegkinderen krijgen sneller hulp.",
            themas: ["pleegzorg"], gemeenten: ["utrecht"], doelgroepen: ["pleegouders"], niveau: "adviseren", jaar: 2015, status: "structureel"),
        Doc("jij-panel", "Jij-meter en Jij-panel",
            "Jongeren vertellen hoe zij de jeugdhulp ervaren.",
            "Het panel spreekt met cliënten in de jeugdzorg. De uitkomsten gaan naar de wethouder.",
            themas: ["clientenparticipatie"], gemeenten: ["rotterdam"], doelgroepen: ["jongeren"], niveau: "adviseren", jaar: 2017, status: "lopend"),
        Doc("kastje-en-muur", "Een kastje in de wijk",
            "Het kastje stond tegen de muur van het buurthuis.",
            "Dit voorbeeld gaat over een ruilkast in de buurt, niet over pleegzorg.",
            themas: ["pleegzorg"], gemeenten: ["groningen"], doelgroepen: ["ouders"], niveau: "informeren", jaar: 2018, status: "afgerond"),
        Doc("kinderen-in-de-raad", "Een kind praat mee met de gemeenteraad",
            "Het kind vertelt de raad wat het mist.",
            "Eén kind per school schuift aan bij de vergadering.",
            themas: ["clientenparticipatie", "pleegzorg"], gemeenten: ["amsterdam", "utrecht"], doelgroepen: ["jongeren"], niveau: "meebeslissen", jaar: 2019, status: "lopend"),
        Doc("ouderen-ontmoeten", "Ouderen lezen voor op school",
            "Ouderen uit de buurt lezen voor in de klas.",
            "Een project van de bibliotheek.",
            themas: ["clientenparticipatie"], gemeenten: ["amsterdam"], doelgroepen: ["ouders"], niveau: "informeren", jaar: 2020, status: "afgerond"),
    ];

    public static readonly IndexVocabulary Vocabulary = new(
        new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["thema"] = Labels(("clientenparticipatie", "Cliëntenparticipatie"), ("pleegzorg", "Pleegzorg")),
            ["gemeente"] = Labels(("utrecht", "Utrecht"), ("groningen", "Groningen"), ("amsterdam", "Amsterdam"), ("rotterdam", "Rotterdam")),
            ["doelgroep"] = Labels(("jongeren", "Jongeren"), ("ouders", "Ouders"), ("clienten-jeugdzorg", "Cliënten jeugdzorg"), ("pleegouders", "Pleegouders")),
            ["participatieniveau"] = Labels(("informeren", "Informeren"), ("raadplegen", "Raadplegen"), ("adviseren", "Adviseren"),
                ("coproduceren", "Coproduceren"), ("meebeslissen", "Meebeslissen"), ("zelfbeheer", "Zelfbeheer")),
            ["status"] = Labels(("lopend", "Lopend"), ("structureel", "Structureel"), ("afgerond", "Afgerond")),
        },
        ["jongeren", "ouders", "clienten", "jeugdzorg", "pleegouders"]);

    private static readonly Lazy<SearchEngine> SharedEngine = new(() => Open(Documents));

    /// <summary>One engine over <see cref="Documents"/> for read-only tests.</summary>
    public static SearchEngine Engine => SharedEngine.Value;

    public static SearchEngine Open(IReadOnlyList<SearchDocument> docs) =>
        SearchEngine.Open(SearchIndexBuilder.Build(docs, Vocabulary).IndexFiles);

    public static SearchResponse Search(this SearchEngine engine, string query, bool asYouType = false,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? filters = null) =>
        engine.Search(new SearchRequest(query, filters ?? new Dictionary<string, IReadOnlyList<string>>(), Limit: 50, AsYouType: asYouType));

    public static string[] Ids(this SearchResponse response) => [.. response.Hits.Select(h => h.Id)];

    public static SearchDocument Doc(string id, string title, string summary, string body,
        string[]? themas = null, string[]? gemeenten = null, string[]? doelgroepen = null, string? niveau = null, int? jaar = null,
        string status = "onbekend") =>
        new(id, $"/voorbeelden/{id}/", title, summary, body, themas ?? [], gemeenten ?? [], doelgroepen ?? [], niveau, [], jaar, status);

    private static Dictionary<string, string> Labels(params (string Slug, string Label)[] labels) =>
        labels.ToDictionary(l => l.Slug, l => l.Label);
}
