namespace Handreiking.Site.Processes;

/// <summary>How an external program ended, with what it wrote.</summary>
/// <param name="Started">False when the program was not found or could not start.</param>
/// <param name="TimedOut">True when it was stopped at its time limit.</param>
/// <param name="ExitCode">Its exit code.</param>
/// <param name="Output">What it wrote to standard output.</param>
/// <param name="Errors">What it wrote to standard error.</param>
internal sealed record ProcessResult(bool Started, bool TimedOut, int ExitCode, string Output, string Errors)
{
    public static ProcessResult NotStarted { get; } = new(false, false, -1, string.Empty, string.Empty);

    public bool Succeeded => Started && !TimedOut && ExitCode == 0;
}
