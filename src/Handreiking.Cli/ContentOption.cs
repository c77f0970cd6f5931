using System.CommandLine;

namespace Handreiking.Cli;

/// <summary>The one <c>--content</c> option every command that reads content has, with the same name, default and help.</summary>
internal static class ContentOption
{
    public const string Default = "content";

    public static Option<string> Create() => new("--content")
    {
        Description = "De map met de inhoud.",
        HelpName = "map",
        DefaultValueFactory = _ => Default,
    };
}
