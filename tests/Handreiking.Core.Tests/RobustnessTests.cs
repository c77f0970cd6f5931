using System.Text;
using Handreiking.Core.Diagnostics;
using Handreiking.Core.Loading;

namespace Handreiking.Core.Tests;

/// <summary>No input makes the loader throw; each becomes a diagnostic with a location.</summary>
public class RobustnessTests
{
    private static (string File, int Line, int Column, string Code) Key(Diagnostic d) =>
        (d.Location.File, d.Location.Line, d.Location.Column, d.Code);

    [Fact]
    public void Binary_junk_is_not_utf8()
    {
        var junk = new byte[4096];
        new Random(42).NextBytes(junk);
        using var content = new TempContent().WriteBytes("themas/sport.yml", junk);
        var d = Assert.Single(content.Load().Diagnostics);
        Assert.Equal(("themas/sport.yml", DiagnosticCodes.NotUtf8), (d.Location.File, d.Code));
    }

    [Fact]
    public void Latin1_text_names_the_line_and_column_of_the_first_bad_byte()
    {
        var latin1 = Encoding.Latin1.GetBytes("titel: Taal\nsamenvatting: Één taal\n");
        using var content = new TempContent().WriteBytes("themas/sport.yml", latin1);
        Assert.Equal(("themas/sport.yml", 2, 15, DiagnosticCodes.NotUtf8), Key(Assert.Single(content.Load().Diagnostics)));
    }

    [Fact]
    public void Utf8_byte_order_mark_is_accepted()
    {
        var withBom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("titel: Taal\nsamenvatting: Één taal\n")).ToArray();
        using var content = new TempContent().WriteBytes("themas/sport.yml", withBom);
        var result = content.Load();
        Assert.Empty(result.Diagnostics);
        Assert.Equal("Één taal", result.Handbook.Themes.Single(t => t.Id == "sport").Summary);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# alleen commentaar\n")]
    [InlineData("---\n")]
    [InlineData("   \n\n")]
    public void Empty_file_is_reported(string text)
    {
        using var content = new TempContent().Write("themas/sport.yml", text);
        Assert.Equal(("themas/sport.yml", 1, 1, DiagnosticCodes.EmptyFile), Key(Assert.Single(content.Load().Diagnostics)));
    }

    [Fact]
    public void Ten_megabyte_file_is_rejected_without_reading_it()
    {
        var big = new StringBuilder("titel: Taal\nsamenvatting: |\n");
        while (big.Length < 10 * 1024 * 1024)
        {
            big.Append("  Een regel tekst die steeds herhaald wordt om het bestand groot te maken.\n");
        }

        using var content = new TempContent().Write("themas/sport.yml", big.ToString());
        Assert.Equal(("themas/sport.yml", 1, 1, DiagnosticCodes.FileTooLarge), Key(Assert.Single(content.Load().Diagnostics)));
    }

    [Theory]
    [InlineData(100)]
    [InlineData(100_000)]
    public void Deep_nesting_is_reported_once(int depth)
    {
        var text = "titel: " + new string('[', depth) + new string(']', depth) + "\nsamenvatting: Diep.\n";
        using var content = new TempContent().Write("themas/sport.yml", text);
        var diagnostics = content.Load().Diagnostics;
        Assert.Contains(diagnostics, d => Key(d) == ("themas/sport.yml", 1, 8 + YamlDepth, DiagnosticCodes.TooDeep));
        Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.TooDeep);
    }

    private const int YamlDepth = Yaml.YamlFileReader.MaxDepth - 1;

    [Fact]
    public void Deep_block_nesting_is_reported()
    {
        var text = new StringBuilder("titel: Taal\nsamenvatting: Diep.\nextra:\n");
        for (var i = 1; i <= 60; i++)
        {
            text.Append(new string(' ', i * 2)).Append("k:\n");
        }

        using var content = new TempContent().Write("themas/sport.yml", text.ToString());
        var diagnostics = content.Load().Diagnostics;
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.TooDeep && d.Location.File == "themas/sport.yml");
    }

    [Fact]
    public void The_B1_checks_stay_linear_on_a_huge_text_of_quotes_and_apostrophes()
    {
        // 'a 'b 'c … : openers without a closer; one sentence of 120,000 words.
        var text = string.Concat(Enumerable.Range(0, 120_000).Select(i => i % 2 == 0 ? "'a " : "*b "));
        using var content = new TempContent().Write("themas/sport.yml", $"titel: Sport\nsamenvatting: |\n  {text}\n");
        var diagnostic = Assert.Single(content.Load().Diagnostics);
        Assert.Equal(("themas/sport.yml", 3, 4, DiagnosticCodes.LongSentence), Key(diagnostic));
    }

    [Fact]
    public void Empty_folder_reports_the_missing_handbook_file()
    {
        using var content = new TempContent(withSample: false);
        var result = content.Load();
        Assert.Equal(("handreiking.yml", 1, 1, DiagnosticCodes.MissingContent), Key(Assert.Single(result.Diagnostics)));
        Assert.Empty(result.Handbook.Cases);
    }

    [Fact]
    public void Missing_folder_is_reported()
    {
        var result = new HandbookLoader().Load(Path.Combine(Path.GetTempPath(), "handreiking-tests", "bestaat-niet-" + Guid.NewGuid().ToString("N")));
        Assert.Equal(DiagnosticCodes.MissingContent, Assert.Single(result.Diagnostics).Code);
    }

    [Theory]
    [InlineData("titel: 'open\n")]
    [InlineData("titel: \"open\n")]
    [InlineData("{ titel: Taal\n")]
    [InlineData("titel: Taal\n  - x\n")]
    [InlineData("? [a, b]\n: c\n")]
    [InlineData("%YAML 9.9\n---\ntitel: x\n")]
    [InlineData("\u0007\u0001titel")]
    [InlineData("titel: |\n  a\n b\n")]
    [InlineData("[")]
    [InlineData("- - - -")]
    public void Malformed_yaml_never_throws(string text)
    {
        using var content = new TempContent().Write("themas/sport.yml", text);
        var result = content.Load();
        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.Equal("themas/sport.yml", d.Location.File));
        Assert.All(result.Diagnostics, d => Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1));
    }

    [Fact]
    public void Random_mutations_of_a_valid_file_never_throw()
    {
        var random = new Random(7);
        var original = SampleContent.Case;
        const string alphabet = ":-[]{}#&*!|>'\"\t\n %@`,?";
        for (var i = 0; i < 300; i++)
        {
            var chars = original.ToCharArray();
            for (var m = 0; m < 5; m++)
            {
                chars[random.Next(chars.Length)] = alphabet[random.Next(alphabet.Length)];
            }

            var diagnostics = DocumentReaderFor(new string(chars));
            Assert.All(diagnostics, d => Assert.True(d.Location.Line >= 1));
        }
    }

    private static IReadOnlyList<Diagnostic> DocumentReaderFor(string text)
    {
        var sink = new DiagnosticSink();
        var root = Yaml.YamlFileReader.Parse(text, "praktijkvoorbeelden/x.yml", sink);
        if (root is Yaml.YMapping mapping)
        {
            new FieldReader(sink).Read(mapping, Schema.KindCatalog.Case.Fields, "een praktijkvoorbeeld");
        }

        return sink.Items;
    }
}
