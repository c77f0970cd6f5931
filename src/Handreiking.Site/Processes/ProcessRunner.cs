using System.ComponentModel;
using System.Diagnostics;

namespace Handreiking.Site.Processes;

/// <summary>
/// Runs an external program (git, npm, Pagefind) the one way this project does: arguments as a
/// list (never a shell line), both output streams read while it runs (so a full pipe cannot
/// block it), and a time limit after which the program and its children are stopped.
/// </summary>
internal static class ProcessRunner
{
    public static ProcessResult Run(string program, IEnumerable<string> arguments, TimeSpan timeout, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? string.Empty,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (Win32Exception)
        {
            return ProcessResult.NotStarted;
        }

        if (process is null)
        {
            return ProcessResult.NotStarted;
        }

        using (process)
        {
            process.StandardInput.Close(); // nothing to ask: a program that waits for input ends at once
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                try
                {
                    process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // It ended just now.
                }

                process.WaitForExit();
                return new ProcessResult(Started: true, TimedOut: true, process.ExitCode, output.Result, errors.Result);
            }

            process.WaitForExit(); // let the output streams finish
            return new ProcessResult(Started: true, TimedOut: false, process.ExitCode, output.Result, errors.Result);
        }
    }
}
