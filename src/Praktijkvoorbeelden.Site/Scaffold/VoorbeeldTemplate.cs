using System.Text;
using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Parse;

namespace Praktijkvoorbeelden.Site.Scaffold;

/// <summary>
/// The file that `new voorbeeld &lt;slug&gt;` writes: every front-matter key from the schema with a
/// Dutch comment that explains it, the allowed values, and the body headings in their order.
/// </summary>
public static class VoorbeeldTemplate
{
    public static string Create(Vocabularies vocabularies, DateOnly today)
    {
        var text = new StringBuilder("---\n");
        foreach (var field in FrontMatterSchema.Voorbeeld)
        {
            text.Append("# ").Append(field.Description);
            text.Append(field.Required ? " Verplicht." : " Mag weg.");
            if (field.MaxLength > 0)
            {
                text.Append($" Maximaal {field.MaxLength} tekens.");
            }

            text.Append('\n');
            if (field.Vocabulary is { } name && vocabularies[name].Terms.Count > 0)
            {
                text.Append("# Kies uit: ").AppendJoin(", ", vocabularies[name].Terms.Select(t => t.Slug)).Append('\n');
            }

            text.Append(Example(field, today)).Append('\n');
        }

        text.Append("""
            ---

            ## Aanleiding

            Waarom begon dit? Welk probleem wilde de gemeente oplossen?

            ## Aanpak

            Wat is er gedaan, door wie en hoe?

            ## Resultaten

            Wat leverde het op? Schrijf alleen wat in de bronnen staat. Staat het er niet in, zeg dat dan.

            ## Lessen voor andere gemeenten

            Wat kan een andere gemeente hiervan leren?

            ## Meer weten

            Verwijs naar de bronnen of naar verwante voorbeelden, zoals [een thema](/themas/clientenparticipatie/).

            """);
        return text.ToString();
    }

    private static string Example(FieldDefinition field, DateOnly today) => field.Key switch
    {
        "samenvatting" => "samenvatting: >-\n  Eén of twee zinnen over wat er gebeurde en wat het opleverde.",
        "bronnen" => "bronnen:\n  - titel: Titel van het artikel of rapport\n    organisatie: Wie de bron uitgaf\n    url: https://www.example.org/bron   # mag weg als de bron niet online staat\n    datum: 2016-07-06                   # mag weg",
        "bijgewerkt" => $"bijgewerkt: {today:yyyy-MM-dd}",
        "aliassen" => "aliassen: []",
        "gemeenten" => "gemeenten: [Groningen]",
        "titel" => "titel: Titel van het voorbeeld",
        "contact" => "contact: Gemeente Voorbeeldstad, afdeling Jeugd",
        _ => $"{field.Key}: {field.Example}",
    };
}
