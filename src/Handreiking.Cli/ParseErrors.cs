using System.Text.RegularExpressions;

namespace Handreiking.Cli;

/// <summary>System.CommandLine's parse errors in Dutch; a message it does not know stays as it is.</summary>
internal static partial class ParseErrors
{
    public static string Dutch(string message)
    {
        if (Unrecognized().Match(message) is { Success: true } unrecognized)
        {
            return $"Onbekende opdracht, optie of waarde: '{unrecognized.Groups[1].Value}'.";
        }

        if (NotMatched().Match(message) is { Success: true } notMatched)
        {
            return $"Onbekende optie '{notMatched.Groups[1].Value}'. Bedoelt u: {string.Join(", ", notMatched.Groups[2].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))}?";
        }

        if (message.StartsWith("Required command was not provided", StringComparison.Ordinal))
        {
            return "Kies een opdracht.";
        }

        if (RequiredArgument().Match(message) is { Success: true } argument)
        {
            return $"Er ontbreekt een waarde bij '{argument.Groups[1].Value}'.";
        }

        if (NotOneOf().Match(message) is { Success: true } choice)
        {
            var choices = choice.Groups[2].Value.Split([',', '\n', '\r', '\t', ' ', '\''], StringSplitOptions.RemoveEmptyEntries);
            return $"'{choice.Groups[1].Value}' kan niet. Kies uit: {string.Join(", ", choices)}.";
        }

        if (CannotParse().Match(message) is { Success: true } parse)
        {
            return $"'{parse.Groups[1].Value}' is geen geldige waarde voor {parse.Groups[2].Value}.";
        }

        return message;
    }

    [GeneratedRegex(@"^Unrecognized command or argument '(.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@"^'(.*)' was not matched\. Did you mean one of the following\?(.*)$", RegexOptions.Singleline)]
    private static partial Regex NotMatched();

    [GeneratedRegex(@"^Required argument missing for (?:command|option): '(.*)'\.$")]
    private static partial Regex RequiredArgument();

    [GeneratedRegex(@"^Argument '(.*)' not recognized\. Must be one of:\s*(.*)$", RegexOptions.Singleline)]
    private static partial Regex NotOneOf();

    [GeneratedRegex(@"^Cannot parse argument '(.*)' for (?:option|command|argument) '(.*)' as expected type")]
    private static partial Regex CannotParse();
}
