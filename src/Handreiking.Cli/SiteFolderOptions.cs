using System.CommandLine;

namespace Handreiking.Cli;

/// <summary>The folder options that <c>build</c> and <c>serve</c> share: content, theme and output.</summary>
internal sealed class SiteFolderOptions
{
    public Option<string> Content { get; } = ContentOption.Create();

    public Option<string> Theme { get; } = new("--theme") { Description = "De map met het thema.", HelpName = "map", DefaultValueFactory = _ => "theme" };

    public Option<string> Output { get; } = new("--out") { Description = "De map voor de website.", HelpName = "map", DefaultValueFactory = _ => "_site" };

    public void AddTo(Command command)
    {
        command.Options.Add(Content);
        command.Options.Add(Theme);
        command.Options.Add(Output);
    }
}
