using Handreiking.Site.Theme;

namespace Handreiking.Site.Tests;

public class CssPrunerTests
{
    [Fact]
    public void Rules_for_classes_the_theme_never_writes_are_dropped()
    {
        const string css = ".a{color:red}.b{color:blue}.a,.b{margin:0}@media print{.b{display:none}.a{display:block}}.hr-kind-x{top:0}p{line-height:1}";
        var pruned = UnusedRulePruner.Prune(css, ["a"], ["hr-kind-"]);
        Assert.Equal(".a{color:red}.a{margin:0}@media print{.a{display:block}}.hr-kind-x{top:0}p{line-height:1}", pruned);
    }

    [Fact]
    public void Selectors_inside_functions_and_strings_do_not_break_the_split()
    {
        const string css = ".a:is(.b, .c){x:1}.a[data-x=\"{,}\"]{y:2}";
        Assert.Equal(".a[data-x=\"{,}\"]{y:2}", UnusedRulePruner.Prune(css, ["a"], []));
        Assert.Equal(css, UnusedRulePruner.Prune(css, ["a", "b", "c"], []));
    }

    [Fact]
    public void Tokens_nothing_reads_are_dropped_and_chains_are_kept()
    {
        const string css = ".t{--used: var(--base); --base: #123; --unused: 1px; --icon: url('data:image/svg+xml;utf8,<svg/>');}.a{color: var(--used)}";
        Assert.Equal(".t{--used: var(--base); --base: #123;  --icon: url('data:image/svg+xml;utf8,<svg/>');}.a{color: var(--used)}", CustomPropertyPruner.Prune(css));
    }
}
