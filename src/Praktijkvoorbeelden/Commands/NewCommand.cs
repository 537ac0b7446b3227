using System.CommandLine;
using Praktijkvoorbeelden.Site.Diagnostics;
using Praktijkvoorbeelden.Site.Parse;
using Praktijkvoorbeelden.Site.Read;
using Praktijkvoorbeelden.Site.Scaffold;

namespace Praktijkvoorbeelden.Cli.Commands;

/// <summary>`new voorbeeld &lt;slug&gt;`: writes a new entry from the template, never over an existing file.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var slug = new Argument<string>("slug") { Description = "Naam van het bestand en het adres, bijvoorbeeld groningen-interviews." };
        var voorbeeld = new Command("voorbeeld", "Maak een nieuw praktijkvoorbeeld uit het sjabloon.");
        voorbeeld.Arguments.Add(slug);
        voorbeeld.SetAction(result => Run(result.GetValue(slug)!));
        var command = new Command("new", "Maak een nieuw bestand uit een sjabloon.");
        command.Subcommands.Add(voorbeeld);
        return command;
    }

    private static int Run(string slug)
    {
        if (!Slugs.IsValid(slug))
        {
            Console.Error.WriteLine($"'{slug}' kan geen naam van een voorbeeld zijn. Gebruik kleine letters, cijfers en streepjes, bijvoorbeeld '{Slugs.From(slug)}'.");
            return 1;
        }

        var root = RepositoryRoot.Find();
        var path = Path.Combine(root, "input", "voorbeelden", slug + ".md");
        if (File.Exists(path))
        {
            Console.Error.WriteLine($"input/voorbeelden/{slug}.md bestaat al. Kies een andere naam of pas het bestaande bestand aan.");
            return 1;
        }

        var diagnostics = new DiagnosticBag();
        var sources = SourceReader.Read(Path.Combine(root, "input"), Path.Combine(root, "theme"));
        var vocabularies = VocabularyLoader.Load(sources.Data, diagnostics);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, VoorbeeldTemplate.Create(vocabularies, DateOnly.FromDateTime(DateTime.Today)));
        Console.WriteLine($"Gemaakt: input/voorbeelden/{slug}.md");
        Console.WriteLine("Vul de gegevens in en controleer met: dotnet run --project src/Praktijkvoorbeelden -- check");
        return 0;
    }
}
