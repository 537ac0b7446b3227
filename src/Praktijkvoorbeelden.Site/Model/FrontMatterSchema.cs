namespace Praktijkvoorbeelden.Site.Model;

/// <summary>
/// The one list of every front-matter key, per kind of document. The parser, the `new`
/// template, the reference page and the web editor's configuration are all generated from it,
/// so none of them can drift from what the build accepts.
/// </summary>
public static class FrontMatterSchema
{
    public const int MaxTitleLength = 90;
    public const int MaxSummaryLength = 300;

    public static IReadOnlyList<FieldDefinition> Voorbeeld { get; } =
    [
        new("titel", FieldType.Text, true, "Korte titel die zegt wat er gebeurt en waar.", "Groningen vraagt jeugdzorgcliënten naar hun behoeften", MaxTitleLength),
        new("samenvatting", FieldType.LongText, true, "Eén of twee zinnen. Staat in lijsten, zoekresultaten en voorbeelden bij gedeelde links.", "De gemeente sprak met cliënten om te horen welke hulp zij nodig hebben.", MaxSummaryLength),
        new("schaal", FieldType.Choice, true, "Op welk niveau het voorbeeld speelt.", "gemeente", Vocabulary: "schalen"),
        new("gemeenten", FieldType.TextList, false, "Officiële namen van de gemeenten. Verplicht als schaal gemeente of regio is.", "[Groningen]"),
        new("themas", FieldType.ChoiceList, true, "Thema's van dit voorbeeld: de namen van bestanden in input/themas/ zonder .md.", "[clientenparticipatie]", Vocabulary: "themas"),
        new("doelgroepen", FieldType.ChoiceList, true, "Voor wie het voorbeeld is.", "[clienten-jeugdzorg]", Vocabulary: "doelgroepen"),
        new("participatieniveau", FieldType.Choice, false, "Trede op de participatieladder.", "raadplegen", Vocabulary: "participatieniveaus"),
        new("werkvormen", FieldType.ChoiceList, false, "Hoe het voorbeeld werkt.", "[interviews]", Vocabulary: "werkvormen"),
        new("jaar", FieldType.Year, false, "Jaar waarin het voorbeeld liep of waarin erover werd bericht.", "2013"),
        new("bronnen", FieldType.Sources, true, "Waar elk feit vandaan komt. Minstens één bron.", "zie hieronder"),
        new("contact", FieldType.Text, false, "Een organisatie of een functie, nooit de naam van een persoon.", "Gemeente Groningen, afdeling Jeugd", 200),
        new("status", FieldType.Choice, true, "Loopt het voorbeeld nog?", "afgerond", Vocabulary: "statussen"),
        new("bijgewerkt", FieldType.Date, true, "Datum waarop iemand dit voorbeeld voor het laatst heeft gecontroleerd.", "2026-11-25"),
        new("aliassen", FieldType.PathList, false, "Oude adressen van deze pagina. Die sturen bezoekers door naar het nieuwe adres.", "[/voorbeelden/oude-naam/]"),
    ];

    public static IReadOnlyList<FieldDefinition> Thema { get; } =
    [
        new("titel", FieldType.Text, true, "Naam van het thema.", "Cliëntenparticipatie", MaxTitleLength),
        new("samenvatting", FieldType.LongText, true, "Eén of twee zinnen over het thema.", "Hoe jongeren en ouders meepraten over beleid.", MaxSummaryLength),
        new("volgorde", FieldType.Number, false, "Plaats van het thema op de homepagina (1 is eerst).", "1"),
        new("voorbeelden", FieldType.SlugList, false, "De uitgelichte voorbeelden, in deze volgorde. Andere voorbeelden met dit thema komen daarna.", "[groningen-interviews]"),
        new("bijgewerkt", FieldType.Date, true, "Datum van de laatste controle.", "2026-11-25"),
        new("aliassen", FieldType.PathList, false, "Oude adressen van deze pagina.", "[/thema/oud/]"),
    ];

    public static IReadOnlyList<FieldDefinition> Pagina { get; } =
    [
        new("titel", FieldType.Text, true, "Titel van de pagina.", "Over deze site", MaxTitleLength),
        new("samenvatting", FieldType.LongText, false, "Korte beschrijving voor zoekmachines en gedeelde links.", "Wat deze site is en wie hem maakt.", MaxSummaryLength),
        new("menu", FieldType.Number, false, "Plaats in het hoofdmenu. Laat weg als de pagina niet in het menu hoort.", "2"),
        new("aliassen", FieldType.PathList, false, "Oude adressen van deze pagina.", "[/oud/]"),
    ];

    public static IReadOnlyList<SourceFieldDefinition> Source { get; } =
    [
        new("titel", FieldType.Text, true, "Titel van het artikel, rapport of de pagina.", "Participatie in zicht"),
        new("organisatie", FieldType.Text, true, "Wie de bron uitgaf.", "Verwey-Jonker Instituut"),
        new("url", FieldType.Text, false, "Webadres, als de bron online staat (https://...).", "https://www.example.org/rapport.pdf"),
        new("datum", FieldType.Date, false, "Datum van de bron, als die bekend is.", "2013-06-01"),
    ];

    public static IReadOnlyList<FieldDefinition> For(DocumentKind kind) => kind switch
    {
        DocumentKind.Voorbeeld => Voorbeeld,
        DocumentKind.Thema => Thema,
        _ => Pagina,
    };

    /// <summary>The vocabularies a valid site must define in input/_data.</summary>
    public static IReadOnlyList<string> VocabularyFiles { get; } =
        ["schalen", "doelgroepen", "participatieniveaus", "werkvormen", "statussen"];
}
