using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;

namespace Handreiking.Cli;

/// <summary>
/// The help text in Dutch (System.CommandLine has no Dutch resources): what the command does,
/// how to call it, its arguments, options and subcommands.
/// </summary>
internal sealed class DutchHelp(TextWriter output) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var command = parseResult.CommandResult.Command;
        output.WriteLine(command.Description);
        output.WriteLine();
        output.WriteLine("Gebruik:");
        output.WriteLine("  " + Usage(command));

        var arguments = command.Arguments.Where(a => !a.Hidden).Select(a => ($"<{a.HelpName ?? a.Name}>", a.Description ?? string.Empty)).ToList();
        Section("Argumenten:", arguments);

        var options = command.Options.Concat(command.Parents.OfType<Command>().SelectMany(p => p.Options).Where(o => o.Recursive))
            .Where(o => !o.Hidden)
            .DistinctBy(o => o.Name)
            .OrderBy(o => o is HelpOption or VersionOption)
            .Select(o => (OptionName(o), OptionDescription(o)))
            .ToList();
        Section("Opties:", options);

        var commands = command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, c.Description ?? string.Empty)).ToList();
        Section("Opdrachten:", commands);
        if (commands.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"Meer over een opdracht: {Path(command)} OPDRACHT --help");
        }

        return 0;
    }

    /// <summary>How to call <paramref name="command"/>, such as <c>handreiking validate [&lt;map&gt;] [opties]</c>.</summary>
    public static string Usage(Command command)
    {
        var parts = new List<string> { Path(command) };
        parts.AddRange(command.Arguments.Where(a => !a.Hidden).Select(a => a.Arity.MinimumNumberOfValues == 0 ? $"[<{a.HelpName ?? a.Name}>]" : $"<{a.HelpName ?? a.Name}>"));
        if (command.Subcommands.Count > 0)
        {
            parts.Add("OPDRACHT");
        }

        parts.Add("[opties]");
        return string.Join(' ', parts);
    }

    /// <summary>The words that call <paramref name="command"/>, such as <c>handreiking validate</c>.</summary>
    public static string Path(Command command)
    {
        var names = new List<string>();
        for (Command? c = command; c is not null; c = c.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Insert(0, c is RootCommand ? "handreiking" : c.Name);
        }

        return string.Join(' ', names);
    }

    private static string OptionName(Option option)
    {
        // Windows-style aliases (/?, /h) and -? only make the list longer.
        var names = string.Join(", ", option.Aliases.Append(option.Name).Where(n => n.StartsWith('-') && n != "-?").Distinct().OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal));
        var flag = option.ValueType == typeof(bool) || option is HelpOption or VersionOption;
        return flag ? names : $"{names} <{option.HelpName ?? option.Name.TrimStart('-')}>";
    }

    private static string OptionDescription(Option option)
    {
        var description = option.Description ?? string.Empty;
        if (option.HasDefaultValue && option.ValueType != typeof(bool) && option.GetDefaultValue() is { } value
            && !description.Contains("standaard", StringComparison.Ordinal))
        {
            description += $" Standaard: {Convert.ToString(value, CultureInfo.InvariantCulture)}.";
        }

        return description;
    }

    private void Section(string title, IReadOnlyList<(string Name, string Description)> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(title);
        var width = rows.Max(r => r.Name.Length) + 3;
        foreach (var (name, description) in rows)
        {
            output.WriteLine(("  " + name).PadRight(width + 2) + description);
        }
    }
}
