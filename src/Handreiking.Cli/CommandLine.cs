using System.CommandLine;
using System.CommandLine.Help;

namespace Handreiking.Cli;

/// <summary>The <c>handreiking</c> command and its subcommands, with help and parse errors in Dutch.</summary>
internal static class CommandLine
{
    public static RootCommand Create(TextWriter output, TextWriter errors)
    {
        var root = new RootCommand("Handreiking: controleer de inhoud van de handreiking en maak er een website van.");
        root.Subcommands.Add(NewCommand.Create(output, errors));
        root.Subcommands.Add(ValidateCommand.Create(output, errors));
        root.Subcommands.Add(BuildCommand.Create(output, errors));
        root.Subcommands.Add(ServeCommand.Create(output, errors));
        root.Subcommands.Add(SchemaCommand.Create(output, errors));
        foreach (var option in root.Options)
        {
            switch (option)
            {
                case HelpOption help:
                    help.Description = "Toon deze hulp.";
                    help.Action = new DutchHelp(output);
                    break;
                case VersionOption version:
                    version.Description = "Toon het versienummer.";
                    break;
            }
        }

        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; a parse error is told in Dutch, with where to find help.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        var parsed = Create(output, errors).Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not DutchHelp)
        {
            foreach (var error in parsed.Errors)
            {
                errors.WriteLine(ParseErrors.Dutch(error.Message));
            }

            errors.WriteLine($"Hulp: {DutchHelp.Path(parsed.CommandResult.Command)} --help");
            return 1;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = errors });
    }
}
