namespace Handreiking.Cli.Tests;

/// <summary>Runs the command line in-process and returns what it printed.</summary>
internal static class CliRun
{
    public static (int ExitCode, string[] Lines, string[] Errors) Run(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var errors = new StringWriter { NewLine = "\n" };
        var exitCode = CommandLine.Run(args, output, errors);
        return (exitCode, Split(output), Split(errors));
    }

    /// <summary>Asserts the exit code and the one line of output.</summary>
    public static void AssertOutput(int exitCode, string line, (int ExitCode, string[] Lines) actual)
    {
        Assert.Equal(exitCode, actual.ExitCode);
        Assert.Equal([line], actual.Lines);
    }

    private static string[] Split(StringWriter writer) => writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
