using System.CommandLine;
using Praktijkvoorbeelden.Site.Reference;

namespace Praktijkvoorbeelden.Cli.Commands;

/// <summary>`reference`: regenerates the documented list of settings and front-matter keys.</summary>
internal static class ReferenceCommand
{
    public static Command Create()
    {
        var command = new Command("reference", "Maak docs/instellingen-en-velden.md opnieuw.");
        command.SetAction(_ =>
        {
            var path = Path.Combine(RepositoryRoot.Find(), ReferencePage.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, ReferencePage.Create());
            Console.WriteLine($"Geschreven: {ReferencePage.RelativePath}");
            return 0;
        });
        return command;
    }
}
