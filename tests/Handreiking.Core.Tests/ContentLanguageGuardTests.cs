using System.Text.RegularExpressions;
using Handreiking.Core.Language;
using Handreiking.Core.Loading;
using Handreiking.Core.Model;
using Handreiking.Core.Schema;

namespace Handreiking.Core.Tests;

/// <summary>
/// Guards on the real content for what the B1 warnings cannot guarantee on their own (a warning
/// can be accepted in place; these cannot): the term policy, sourced periods, cases that are not
/// copies of each other, and a glossary that matches the text.
/// </summary>
public partial class ContentLanguageGuardTests
{
    private static readonly Lazy<LoadResult> Real = new(() => new HandbookLoader().Load(RepositoryPaths.Content));

    private static Handbook Handbook => Real.Value.Handbook;

    /// <summary>Every text a reader sees, with its file and key: names and titles in their own keys left out.</summary>
    private static IEnumerable<(string File, string Key, string Text)> RunningText(Func<ContentDocument, bool>? where = null) =>
        Real.Value.Documents
            .Where(d => where?.Invoke(d) ?? true)
            .SelectMany(d => d.Values.AllTexts().Where(t => !t.Field.IsName).Select(t => (d.File.RelativePath, t.Field.Key, t.Text)));

    private static IEnumerable<(string File, string Word)> WordsOutsideNames(Func<ContentDocument, bool>? where = null) =>
        RunningText(where).SelectMany(t =>
        {
            var prose = ProseScanner.Scan(t.Text);
            return prose.Words.Where(w => !w.InName).Select(w => (t.File, prose.WordText(w).ToLowerInvariant()));
        });

    [Fact]
    public void Allochtoon_and_autochtoon_appear_only_in_names_and_titles()
    {
        var found = WordsOutsideNames()
            .Where(w => w.Word.StartsWith("allochto", StringComparison.Ordinal) || w.Word.StartsWith("autochto", StringComparison.Ordinal))
            .Select(w => $"{w.File}: {w.Word}")
            .ToList();
        Assert.True(found.Count == 0, "Write 'migranten' or 'met een migratieachtergrond':\n" + string.Join("\n", found));
    }

    /// <summary>
    /// The cases whose period a source gives, and where. A case with a period that is not here
    /// fails: check the source, then add the case with the section that gives the period.
    /// </summary>
    private static readonly Dictionary<string, (string Source, string Section)> SourcedPeriods = new(StringComparer.Ordinal)
    {
        // "De Nederlandse gemeente Venlo zette in 2009 het project Veelkleurige Participatie Venlo op."
        ["veelkleurige-participatie-venlo"] = ("vvsg-zeven-tips", "Tip 2"),
    };

    [Fact]
    public void Every_period_comes_with_the_source_section_that_gives_it()
    {
        Assert.Equal(
            SourcedPeriods.Keys.Order(StringComparer.Ordinal),
            Handbook.Cases.Where(c => c.Period is not null).Select(c => c.Id).Order(StringComparer.Ordinal));
        foreach (var (id, (source, section)) in SourcedPeriods)
        {
            var c = Handbook.Cases.Single(c => c.Id == id);
            Assert.Contains(c.Citations, x => x.Source.Id == source && (x.Section ?? string.Empty).StartsWith(section, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void No_two_cases_share_more_than_a_third_of_their_text()
    {
        var texts = Handbook.Cases.Select(c => (c.Id, Shingles: Shingles(CaseText(c)))).ToList();
        var copies = new List<string>();
        for (var i = 0; i < texts.Count; i++)
        {
            for (var j = i + 1; j < texts.Count; j++)
            {
                var shared = SharedShare(texts[i].Shingles, texts[j].Shingles);
                if (shared > 1.0 / 3)
                {
                    copies.Add($"{texts[i].Id} and {texts[j].Id} share {shared:P0} of their text");
                }
            }
        }

        Assert.True(copies.Count == 0, string.Join("\n", copies));
    }

    [Fact]
    public void The_copy_check_finds_a_case_copied_with_the_names_changed()
    {
        var original = CaseText(Handbook.Cases.Single(c => c.Id == "instapje-genk"));
        var copy = original.Replace("Genk", "Hasselt", StringComparison.Ordinal).Replace("Instapje", "Opstapje", StringComparison.Ordinal);
        Assert.True(SharedShare(Shingles(original), Shingles(copy)) > 1.0 / 3);
    }

    [Fact]
    public void Every_glossary_entry_is_used_in_the_text()
    {
        var text = string.Join("\n", RunningText(d => d.Kind.Kind != ContentKind.Glossary).Select(t => t.Text)).ToLowerInvariant();
        var unused = Handbook.Glossary
            .Where(g => !g.Forms.Any(f => Regex.IsMatch(text, @"(?<![\p{L}\p{N}])" + Regex.Escape(f.ToLowerInvariant()))))
            .Select(g => g.Id)
            .ToList();
        Assert.True(unused.Count == 0, "Glossary entries no text uses: " + string.Join(", ", unused));
    }

    [Fact]
    public void Every_jargon_word_the_text_uses_has_a_glossary_entry()
    {
        var glossary = new GlossaryIndex(Handbook.Glossary);
        var unexplained = WordsOutsideNames()
            .Select(w => (w.File, w.Word, Stem: JargonList.StemOf(w.Word)))
            .Where(w => w.Stem is not null && !glossary.Explains(w.Stem))
            .Select(w => $"{w.File}: {w.Word}")
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.True(unexplained.Count == 0, "Jargon without an entry in begrippen/:\n" + string.Join("\n", unexplained));
    }

    private static string CaseText(PracticeCase c) =>
        string.Join("\n", new[] { c.Summary, c.Goal, c.Approach, c.Implementation ?? string.Empty, c.Results ?? string.Empty }
            .Concat(c.WorkingElements).Concat(c.Lessons));

    /// <summary>Every run of five words, in lower case: two texts that share many are copies.</summary>
    private static HashSet<string> Shingles(string text)
    {
        var words = WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        return [.. Enumerable.Range(0, Math.Max(0, words.Count - 4)).Select(i => string.Join(' ', words.Skip(i).Take(5)))];
    }

    /// <summary>The part of the shorter text that the longer one also has.</summary>
    private static double SharedShare(HashSet<string> a, HashSet<string> b) =>
        a.Count == 0 || b.Count == 0 ? 0 : (double)a.Count(b.Contains) / Math.Min(a.Count, b.Count);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
