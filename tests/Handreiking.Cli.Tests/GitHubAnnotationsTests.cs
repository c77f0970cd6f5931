using Handreiking.Core.Diagnostics;

namespace Handreiking.Cli.Tests;

public class GitHubAnnotationsTests
{
    [Fact]
    public void Percent_signs_line_breaks_colons_and_commas_are_escaped_as_GitHub_asks()
    {
        var diagnostic = new Diagnostic("HR0012", DiagnosticSeverity.Warning, new SourceLocation("bronnen/a,b.yml", 3, 7), "'100%' klopt niet:", "Regel een\nregel twee.");

        Assert.Equal(
            "::warning file=content/bronnen/a%2Cb.yml,line=3,col=7,title=HR0012::'100%25' klopt niet: Regel een%0Aregel twee.",
            GitHubAnnotations.Format(diagnostic, "content"));
    }

    [Fact]
    public void Content_at_the_repository_root_has_no_folder_in_front()
    {
        var diagnostic = new Diagnostic("HR0004", DiagnosticSeverity.Error, new SourceLocation("handreiking.yml", 1, 1), "M.", "H.");
        Assert.Equal("::error file=handreiking.yml,line=1,col=1,title=HR0004::M. H.", GitHubAnnotations.Format(diagnostic, "."));
    }
}
