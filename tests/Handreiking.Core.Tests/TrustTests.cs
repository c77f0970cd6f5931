using System.Diagnostics;
using System.Text;
using Handreiking.Core.Diagnostics;
using Handreiking.Core.Model;

namespace Handreiking.Core.Tests;

/// <summary>
/// Content that used to pass validate and then crash or hang the build: control characters,
/// circles between items, links in and out of the content folder, pipes, deep brackets, old line
/// endings and unsafe Markdown links. Each is now a diagnostic with its file, line and column.
/// </summary>
public class TrustTests
{
    private static (string File, int Line, int Column, string Code) Key(Diagnostic d) =>
        (d.Location.File, d.Location.Line, d.Location.Column, d.Code);

    [Theory]
    [InlineData('\u0001')]
    [InlineData('\u000B')]
    [InlineData('\u000C')]
    [InlineData('\u001B')]
    [InlineData('\u007F')]
    [InlineData('\u009B')]
    [InlineData('\uFFFE')]
    [InlineData('\uFFFF')]
    public void A_control_character_in_a_title_is_reported_where_it_stands(char control)
    {
        // Written as bytes: .NET's ReplaceLineEndings would turn a form feed into a line break.
        using var content = new TempContent().WriteBytes("themas/taal.yml", Encoding.UTF8.GetBytes($"titel: Ta{control}al\nsamenvatting: Nederlands leren.\n"));
        var diagnostic = Assert.Single(content.Load().Diagnostics);
        Assert.Equal(("themas/taal.yml", 1, 10, DiagnosticCodes.ForbiddenCharacter), Key(diagnostic));
        Assert.Contains($"U+{(int)control:X4}", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(control, diagnostic.Format("content"));
    }

    [Fact]
    public void A_control_character_written_as_an_escape_is_reported()
    {
        using var content = new TempContent().Write("themas/taal.yml", "titel: \"Ta\\x01al\"\nsamenvatting: \"Kleur \\e[31m rood\"\n");
        var diagnostics = content.Load().Diagnostics;
        Assert.Equal(
            [("themas/taal.yml", 1, 8, DiagnosticCodes.ForbiddenCharacter), ("themas/taal.yml", 2, 15, DiagnosticCodes.ForbiddenCharacter)],
            diagnostics.Select(Key));
    }

    [Fact]
    public void Allowed_characters_pass_tab_in_text_emoji_and_next_line()
    {
        using var content = new TempContent().Write("themas/taal.yml", "titel: \"Taal\tvoor 🙂 iedereen\"\nsamenvatting: Nederlands leren.\n");
        Assert.Empty(content.Load().Diagnostics);
    }

    [Fact]
    public void Many_control_characters_give_ten_lines_and_a_count()
    {
        using var content = new TempContent().Write("themas/taal.yml", "titel: " + new string('\u0002', 500) + "\nsamenvatting: x\n");
        var diagnostics = content.Load().Diagnostics.Where(d => d.Code == DiagnosticCodes.ForbiddenCharacter).ToList();
        Assert.Equal(11, diagnostics.Count);
        Assert.Contains("490", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_text_never_reaches_the_terminal_raw()
    {
        using var content = new TempContent().Write("themas/Ta\u001b[2Jal.yml", "titel: Taal\nsamenvatting: Nederlands leren.\n");
        var lines = content.Load().Diagnostics.Select(d => d.Format("content")).ToList();
        Assert.Single(lines);
        Assert.All(lines, line => Assert.DoesNotContain('\u001b', line));
        Assert.Contains(lines, line => line.Contains("\\u001B", StringComparison.Ordinal));
    }

    [Fact]
    public void Old_mac_line_endings_give_the_right_line()
    {
        using var content = new TempContent().WriteBytes("themas/taal.yml", Encoding.UTF8.GetBytes("titel: Taal\rsamenvatting: Nederlands leren.\ronbekend: x\r"));
        Assert.Equal(("themas/taal.yml", 3, 1, DiagnosticCodes.UnknownKey), Key(Assert.Single(content.Load().Diagnostics)));
    }

    [Fact]
    public void A_megabyte_of_brackets_is_reported_without_parsing_it()
    {
        var text = "titel: " + new string('[', (1024 * 1024) - 100) + "\n";
        using var content = new TempContent().Write("themas/diep.yml", text);
        Assert.Equal(("themas/diep.yml", 1, 8 + Yaml.YamlFileReader.MaxDepth - 1, DiagnosticCodes.TooDeep), Key(Assert.Single(content.Load().Diagnostics)));
    }

    [Fact]
    public void Brackets_inside_quotes_and_comments_do_not_count_but_an_apostrophe_in_a_word_does_not_hide_them()
    {
        var quoted = "titel: \"" + new string('[', 100) + "\"\nsamenvatting: x # " + new string('{', 100) + "\n";
        using (var content = new TempContent().Write("themas/taal.yml", quoted))
        {
            Assert.Empty(content.Load().Diagnostics);
        }

        var hidden = "titel: [a'b, " + new string('[', 100) + "\nsamenvatting: x\n";
        using (var content = new TempContent().Write("themas/diep.yml", hidden))
        {
            Assert.Contains(content.Load().Diagnostics, d => d.Code == DiagnosticCodes.TooDeep);
        }
    }

    [Fact]
    public void A_source_mentioned_in_itself_is_a_circle()
    {
        using var content = new TempContent().Write("bronnen/bzk-2011.yml", "soort: document\ntitel: Taal\nvermeld-in: bzk-2011\n");
        var diagnostic = Assert.Single(content.Load().Diagnostics);
        Assert.Equal(("bronnen/bzk-2011.yml", 3, 13, DiagnosticCodes.ReferenceCycle), Key(diagnostic));
    }

    [Fact]
    public void A_longer_circle_of_sources_is_reported_at_every_member()
    {
        using var content = new TempContent()
            .Write("bronnen/bzk-2011.yml", "soort: document\ntitel: Taal\nvermeld-in: derde\n")
            .Write("bronnen/derde.yml", "soort: document\ntitel: Derde\nvermeld-in: wijkgerichte-inburgering\n");
        var result = content.Load();
        Assert.Equal(
            [("bronnen/bzk-2011.yml", 3, 13, DiagnosticCodes.ReferenceCycle), ("bronnen/derde.yml", 3, 13, DiagnosticCodes.ReferenceCycle),
             ("bronnen/wijkgerichte-inburgering.yml", 4, 13, DiagnosticCodes.ReferenceCycle)],
            result.Diagnostics.Select(Key));
        Assert.Contains("bzk-2011 → derde → wijkgerichte-inburgering → bzk-2011", result.Diagnostics[0].Message, StringComparison.Ordinal);

        // The model still holds together, and comparing, hashing and printing items does not follow the circle.
        var source = result.Handbook.Sources.Single(s => s.Id == "bzk-2011");
        Assert.Equal(source, source.MentionedIn!.MentionedIn!.MentionedIn);
        Assert.Equal(source.GetHashCode(), source.MentionedIn!.MentionedIn!.MentionedIn!.GetHashCode());
        Assert.Equal("Source bzk-2011", source.ToString());
    }

    [Fact]
    public void Every_kind_of_item_compares_by_kind_and_id_only()
    {
        using var content = new TempContent();
        var handbook = content.Load().Handbook;
        var kinds = typeof(HandbookItem).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(HandbookItem)) && !t.IsAbstract).ToList();
        Assert.Equal(kinds.Count, handbook.AllItems.Select(i => i.GetType()).Distinct().Count());
        foreach (var item in handbook.AllItems)
        {
            var renamed = Clone(item, item.Title + " (anders)");
            Assert.Equal(item, renamed);
            Assert.True(item.Equals((object)renamed));
            Assert.Equal(item.GetHashCode(), renamed.GetHashCode());
            Assert.Equal($"{item.Kind} {item.Id}", item.ToString());
        }

        Assert.NotEqual<HandbookItem>(handbook.Themes[0], handbook.Clusters[0]);
    }

    /// <summary>A copy with another title, through the record's own clone (what <c>with</c> does).</summary>
    private static HandbookItem Clone(HandbookItem item, string title)
    {
        var clone = (HandbookItem)item.GetType().GetMethod("<Clone>$")!.Invoke(item, null)!;
        typeof(HandbookItem).GetProperty(nameof(HandbookItem.Title))!.SetValue(clone, title);
        return clone;
    }

    [Fact]
    public void A_javascript_link_in_markdown_is_reported_on_its_line_and_column()
    {
        using var content = new TempContent().Write("succesfactoren/succesverhalen.yml", """
            titel: Help succesverhalen zich te verspreiden
            cluster: bereik
            samenvatting: Verhalen van anderen verlagen de drempel.
            uitleg: |
              Laat bewoners vertellen wat het hun bracht.
              Zie [dit](javascript:alert(1)) en <data:text/html,x> en [goed](https://example.org).
            bronnen:
              - bron: bzk-2011
            """);
        Assert.Equal(
            [("succesfactoren/succesverhalen.yml", 6, 13, DiagnosticCodes.UnsafeLink), ("succesfactoren/succesverhalen.yml", 6, 38, DiagnosticCodes.UnsafeLink)],
            content.Load().Diagnostics.Select(Key));
    }

    [Fact]
    public void A_link_in_a_list_item_is_checked_too()
    {
        using var content = new TempContent().Write("doelgroepen/ouders.yml",
            "titel: Ouders\nsamenvatting: Vaders en moeders.\nkenmerken:\n  - \"Zie [x](vbscript:msgbox)\"\nbereiken: [Via school]\n");
        Assert.Equal(("doelgroepen/ouders.yml", 4, 14, DiagnosticCodes.UnsafeLink), Key(Assert.Single(content.Load().Diagnostics)));
    }

    [SkippableFact]
    public void A_link_loop_of_folders_is_reported_and_the_walk_ends()
    {
        Skip.If(OperatingSystem.IsWindows(), "symbolic links need extra rights on Windows");
        using var content = new TempContent();
        Directory.CreateSymbolicLink(Path.Combine(content.Root, "themas", "lus"), Path.Combine(content.Root, "themas"));
        Directory.CreateSymbolicLink(Path.Combine(content.Root, "themas", "ouder"), content.Root);
        var result = content.Load();
        Assert.Equal(
            [("themas/lus", 1, 1, DiagnosticCodes.NotAContentFile), ("themas/ouder", 1, 1, DiagnosticCodes.NotAContentFile)],
            result.Diagnostics.Select(Key));
        Assert.Single(result.Handbook.Themes);
    }

    [SkippableFact]
    public void A_link_that_loops_to_itself_is_reported()
    {
        Skip.If(OperatingSystem.IsWindows(), "symbolic links need extra rights on Windows");
        using var content = new TempContent();
        File.CreateSymbolicLink(Path.Combine(content.Root, "themas", "a.yml"), Path.Combine(content.Root, "themas", "b.yml"));
        File.CreateSymbolicLink(Path.Combine(content.Root, "themas", "b.yml"), Path.Combine(content.Root, "themas", "a.yml"));
        Assert.Equal(
            [("themas/a.yml", 1, 1, DiagnosticCodes.NotAContentFile), ("themas/b.yml", 1, 1, DiagnosticCodes.NotAContentFile)],
            content.Load().Diagnostics.Select(Key));
    }

    [SkippableFact]
    public void Links_out_of_the_content_folder_and_to_devices_are_not_read()
    {
        Skip.If(OperatingSystem.IsWindows(), "symbolic links need extra rights on Windows");
        using var content = new TempContent();
        using var outside = new TempContent();
        File.CreateSymbolicLink(Path.Combine(content.Root, "themas", "geheim.yml"), Path.Combine(outside.Root, "themas", "taal.yml"));
        File.CreateSymbolicLink(Path.Combine(content.Root, "themas", "nul.yml"), "/dev/zero");
        Directory.CreateSymbolicLink(Path.Combine(content.Root, "fondsen", "elders"), Path.Combine(outside.Root, "fondsen"));
        var result = content.Load();
        Assert.Equal(
            [("fondsen/elders", 1, 1, DiagnosticCodes.NotAContentFile), ("themas/geheim.yml", 1, 1, DiagnosticCodes.NotAContentFile), ("themas/nul.yml", 1, 1, DiagnosticCodes.NotAContentFile)],
            result.Diagnostics.Select(Key));
        Assert.Single(result.Handbook.Themes);
    }

    [SkippableFact]
    public void A_link_inside_the_content_folder_is_followed()
    {
        Skip.If(OperatingSystem.IsWindows(), "symbolic links need extra rights on Windows");
        using var content = new TempContent();
        File.CreateSymbolicLink(Path.Combine(content.Root, "themas", "nederlands.yml"), Path.Combine(content.Root, "themas", "taal.yml"));
        var result = content.Load();
        Assert.Empty(result.Diagnostics);
        Assert.Equal(["nederlands", "taal"], result.Handbook.Themes.Select(t => t.Id).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public void A_named_pipe_is_reported_and_does_not_hang_the_loader()
    {
        Skip.IfNot(OperatingSystem.IsLinux() && File.Exists("/usr/bin/mkfifo"), "named pipes are made with mkfifo on Linux");
        using var content = new TempContent();
        using (var mkfifo = Process.Start("/usr/bin/mkfifo", Path.Combine(content.Root, "themas", "pijp.yml")))
        {
            mkfifo.WaitForExit();
        }

        var load = Task.Run(content.Load);
        Assert.True(load.Wait(TimeSpan.FromMinutes(1)), "the loader hung on a named pipe");
        Assert.Equal(("themas/pijp.yml", 1, 1, DiagnosticCodes.NotAContentFile), Key(Assert.Single(load.Result.Diagnostics)));
    }
}
