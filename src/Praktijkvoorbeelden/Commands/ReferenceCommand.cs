using System.CommandLine;
using Praktijkvoorbeelden.Cli.Output;
using Praktijkvoorbeelden.Site.Diagnostics;
using Praktijkvoorbeelden.Site.Reference;

namespace Praktijkvoorbeelden.Cli.Commands;

/// <summary>
/// `reference`: regenerates the documented list of settings and front-matter keys, and the template
/// for a new voorbeeld (the file `new voorbeeld` writes).
/// </summary>
internal static class ReferenceCommand
{
    public static Command Create()
    {
        var command = new Command("reference", $"Maak {ReferencePage.RelativePath} en {TemplatePage.RelativePath} opnieuw.");
        command.SetAction(_ =>
        {
            var root = RepositoryRoot.Find();
            var diagnostics = new DiagnosticBag();
            var template = TemplatePage.Create(root, diagnostics);
            if (diagnostics.HasErrors)
            {
                DiagnosticPrinter.Print(diagnostics.Items, Console.Error);
                Console.Error.WriteLine("Er is niets geschreven. Los eerst de fouten in input/_data op.");
                return 1;
            }

            Write(root, ReferencePage.RelativePath, ReferencePage.Create());
            Write(root, TemplatePage.RelativePath, template);
            return 0;
        });
        return command;
    }

    private static void Write(string root, string relativePath, string text)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        Console.WriteLine($"Geschreven: {relativePath}");
    }
}
