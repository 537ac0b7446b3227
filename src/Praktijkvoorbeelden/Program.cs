using System.CommandLine;
using Praktijkvoorbeelden.Cli.Commands;

var root = new RootCommand("Praktijkvoorbeelden Jeugdzorg: bouw, bekijk en controleer de site.")
{
    BuildCommand.Create(),
    PreviewCommand.Create(),
    CheckCommand.Create(),
    NewCommand.Create(),
    ReferenceCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
