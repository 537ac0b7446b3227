using Praktijkvoorbeelden.Content.Tests.Support;
using Praktijkvoorbeelden.Site.Model;

namespace Praktijkvoorbeelden.Content.Tests;

/// <summary>
/// The practices the seed articles describe must each have an entry that states their key facts
/// and cites the source those facts come from, so an edit cannot silently drop one.
/// </summary>
public sealed class RequiredPracticeTests
{
    public static TheoryData<string, string, string[]> Practices => new()
    {
        { "Groningen interviewt negen cliënten", "Gemeente.nu", ["Groningen", "negen", "interviews", "anoniem", "jeugdzorgorganisaties", "inwoners en cliënten"] },
        { "JIJ Meter en JIJ Panel", "Gemeente.nu", ["JIJ Meter", "JIJ Panel", "160", "internet", "telefoon", "persoonlijk", "uitnodigen"] },
        { "Gemeente als bondgenoot van pleegouders", "NVP", ["bondgenoot", "pleegouder", "pleegzorgaanbieder", "driehoek", "beleidsmedewerker", "meedenkt"] },
        { "Aanspreekpunt met doorzettingsmacht", "VNG", ["VNG", "2016", "aanspreekpunt", "doorzettingsmacht", "onafhankelijke cliëntondersteuning"] },
        { "Escalatiemodellen", "VNG", ["escalatiemodel", "lokale ombudsman", "taskforce", "Rotterdam", "doorbraken"] },
        { "NJi-handreiking cliëntenparticipatie", "NJi", ["handreiking", "succesfactoren", "ervaringsdeskundigen", "dossier", "cliëntenorganisaties"] },
        { "Participatie in zicht", "Verwey-Jonker Instituut", ["Participatie in zicht", "informeren en raadplegen", "achttien", "derde van de gemeenten"] },
    };

    [Theory]
    [MemberData(nameof(Practices))]
    public void A_voorbeeld_states_the_key_facts_of_the_practice_with_its_source(string practice, string sourceOrganisation, string[] keyFacts)
    {
        var match = RealContent.Voorbeelden.FirstOrDefault(v =>
            keyFacts.All(fact => Text(v).Contains(fact, StringComparison.OrdinalIgnoreCase)) &&
            v.Sources.Any(s => s.Organisation.Contains(sourceOrganisation, StringComparison.Ordinal)));

        Assert.True(match is not null,
            $"No voorbeeld describes '{practice}' with all of [{string.Join(", ", keyFacts)}] and a source from {sourceOrganisation}.");
    }

    private static string Text(Voorbeeld v) => string.Join('\n', v.Title, v.Summary, v.Body);
}
