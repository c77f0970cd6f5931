using System.CommandLine;

namespace Handreiking.Cli;

/// <summary>The <c>handreiking</c> command and its subcommands.</summary>
internal static class CommandLine
{
    public static RootCommand Create(TextWriter output, TextWriter errors)
    {
        var root = new RootCommand("Handreiking: controleer de inhoud van de handreiking en maak er een website van.");
        root.Subcommands.Add(ValidateCommand.Create(output));
        root.Subcommands.Add(SchemaCommand.Create(output, errors));
        root.Subcommands.Add(BuildCommand.Create(output, errors));
        root.Subcommands.Add(ServeCommand.Create(output, errors));
        return root;
    }
}
