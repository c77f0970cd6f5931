using Handreiking.Core.Diagnostics;
using Handreiking.Site;

namespace Handreiking.Cli;

/// <summary>Prints what stopped a build: content diagnostics, broken links, or a theme error.</summary>
internal static class BuildReport
{
    public static void Write(BuildResult result, string contentFolder, TextWriter output, TextWriter errors)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            output.WriteLine(diagnostic.Format(contentFolder));
        }

        foreach (var link in result.BrokenLinks)
        {
            errors.WriteLine(Printable.Escape($"kapotte link op {link.Page}: {link.Target}: {link.Reason}"));
        }

        if (result.Error is not null)
        {
            errors.WriteLine(Printable.Escape(result.Error));
        }
    }
}
