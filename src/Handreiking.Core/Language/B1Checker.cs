using Handreiking.Core.Diagnostics;
using Handreiking.Core.Loading;
using Handreiking.Core.Model;

namespace Handreiking.Core.Language;

/// <summary>
/// The B1 checks (taalniveau B1, plain Dutch) over every text of a Dutch handbook: sentences of
/// more than 20 words, jargon without an entry in <c>begrippen/</c>, words the term policy rules
/// out, "je" instead of "u", and summaries of more than one sentence. Each finding is a warning
/// at the exact line and column of the word or sentence, inside the YAML text; an editor can
/// accept one in place with a <c># b1-ok:</c> comment (see <see cref="Acceptance"/>).
/// </summary>
internal static class B1Checker
{
    private static readonly HashSet<string> InformalWords = new(StringComparer.Ordinal) { "je", "jij", "jou", "jouw", "jouwe" };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> InformalLookup = InformalWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <param name="documents">The documents the model was built from.</param>
    /// <param name="handbook">The model: its language and glossary.</param>
    /// <param name="readText">Reads a file's text; null when it cannot be read.</param>
    /// <param name="sink">Where warnings go.</param>
    public static void Check(IReadOnlyList<ContentDocument> documents, Handbook handbook, Func<ContentFile, string?> readText, DiagnosticSink sink)
    {
        // The checks know Dutch only; an English or French handbook gets none of them.
        if (!string.Equals(handbook.Language, "nl", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        // Each file on its own (in parallel: 10,000 cases took seconds in a row), reported in file order.
        var glossary = new GlossaryIndex(handbook.Glossary);
        var perFile = documents.OrderBy(d => d.File.RelativePath, StringComparer.Ordinal)
            .AsParallel().AsOrdered()
            .Select(document =>
            {
                var local = new DiagnosticSink();
                CheckFile(document, glossary, readText, local);
                return local.Items;
            })
            .ToList();
        foreach (var items in perFile)
        {
            sink.AddRange(items);
        }
    }

    private static void CheckFile(ContentDocument document, GlossaryIndex glossary, Func<ContentFile, string?> readText, DiagnosticSink sink)
    {
        var findings = document.Values.AllTexts()
            .Where(t => !t.Field.IsName)
            .Select(t => (Text: t, Findings: Find(t, glossary)))
            .Where(t => t.Findings.Count > 0)
            .ToList();

        // Reading and scanning the YAML again costs as much as loading it: do it only for a file
        // that has something to report or to accept.
        if (findings.Count == 0 && !document.MentionsAcceptance)
        {
            return;
        }

        var text = readText(document.File);
        if (text is null)
        {
            return;
        }

        if (YamlSource.Read(document.File.RelativePath, text) is { } source)
        {
            Report(document, source, findings, sink);
        }
    }

    /// <summary>Reads a file's text the way the loader does (UTF-8, a byte order mark dropped); null when it cannot.</summary>
    public static string? ReadFile(ContentFile file)
    {
        try
        {
            return File.ReadAllText(file.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void Report(ContentDocument document, YamlSource source, List<(LocatedText Text, List<LanguageFinding> Findings)> found, DiagnosticSink sink)
    {
        var file = document.File.RelativePath;
        var acceptances = source.Comments.Select(c => Acceptance.Read(c, file, sink)).OfType<Acceptance>().ToList();
        var jargonReported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (text, findings) in found)
        {
            var span = source.ScalarAt(text.Location);
            var positions = span is null ? null : ScalarAlignment.Align(source.Text, span.Value, text.Text);
            var offered = acceptances.Where(a => a.Comment.TargetLine == text.Location.Line).ToList();
            foreach (var finding in findings)
            {
                if (offered.Any(a => a.TryAccept(finding)))
                {
                    continue;
                }

                // A jargon word is reported once a file: one entry in begrippen/ explains them all.
                if (finding.Stem is not null && !jargonReported.Add(finding.Stem))
                {
                    continue;
                }

                var location = positions is null ? text.Location : source.LocationOf(positions[finding.Offset]);
                sink.Warning(LanguageRules.CodeOf(finding.Rule), location, finding.Message, finding.Hint);
            }
        }

        foreach (var acceptance in acceptances)
        {
            foreach (var item in acceptance.Items.Where(i => i.Used < i.Count))
            {
                var name = LanguageRules.NameOf(item.Rule) + (item.Word is null ? string.Empty : " " + item.Word);
                var counted = item.Used == 0 ? "er is er geen" : $"er {(item.Used == 1 ? "is er" : "zijn er")} maar {item.Used}";
                sink.Warning(Diagnostics.DiagnosticCodes.UnusedAcceptance, acceptance.Location,
                    $"Dit commentaar accepteert {item.Count} waarschuwing{(item.Count == 1 ? string.Empty : "en")} '{name}', maar {counted} op regel {acceptance.Comment.TargetLine}.",
                    "Haal de regel weg uit het commentaar, of verlaag het aantal. Het commentaar geldt voor de tekst op dezelfde regel, of (op een eigen regel) op de regel eronder.");
            }
        }
    }

    /// <summary>Everything the checks find in one text value, in the order of the text.</summary>
    internal static List<LanguageFinding> Find(LocatedText text, GlossaryIndex glossary)
    {
        var prose = ProseScanner.Scan(text.Text);
        var findings = new List<LanguageFinding>();
        foreach (var sentence in prose.Sentences.Where(s => s.WordCount > LanguageRules.MaxWordsPerSentence))
        {
            findings.Add(new LanguageFinding(LanguageRule.LongSentence, sentence.Start, string.Empty, null,
                $"Deze zin heeft {sentence.WordCount} woorden. Voor taalniveau B1 is een zin hooguit {LanguageRules.MaxWordsPerSentence} woorden.",
                "Maak er twee of meer zinnen van." + AcceptHint("lange-zin")));
        }

        if (text.Field.Key == "samenvatting" && prose.Sentences.Count > 1)
        {
            findings.Add(new LanguageFinding(LanguageRule.LongSummary, prose.Sentences[1].Start, string.Empty, null,
                $"Deze samenvatting heeft {prose.Sentences.Count} zinnen; een samenvatting is één zin.",
                "Houd één zin over en zet de rest in de uitleg (of bij een praktijkvoorbeeld in 'doel' of 'aanpak')." + AcceptHint("samenvatting")));
        }

        Span<char> buffer = stackalloc char[64];
        foreach (var word in prose.Words)
        {
            // A name or a title (of a publication, a project) is written as it is; the checks
            // about words leave it alone.
            if (word.InName)
            {
                continue;
            }

            // Most words are fine: they are looked at in lower case on the stack, and become
            // strings only when there is something to report.
            var span = text.Text.AsSpan(word.Start, word.Length);
            var lowered = span.Length <= buffer.Length ? buffer[..span.Length] : new char[span.Length];
            span.ToLowerInvariant(lowered);
            if (JargonList.StemOf(lowered) is { } stem && !glossary.Explains(stem))
            {
                var (written, lower) = (span.ToString(), lowered.ToString());
                findings.Add(new LanguageFinding(LanguageRule.Jargon, word.Start, lower, stem,
                    $"'{written}' is een vakterm of een Vlaams woord dat niet in begrippen/ staat.",
                    $"Kies een gewoner woord, of leg het één keer uit in begrippen/ (zie content/README.md)." + AcceptHint("vakterm " + lower)));
            }

            if (AvoidedTerm.Find(lowered) is { } avoided)
            {
                findings.Add(new LanguageFinding(LanguageRule.AvoidedTerm, word.Start, lowered.ToString(), null,
                    $"'{span}' gebruiken we niet in de lopende tekst (zie 'Woorden die we gebruiken' in content/README.md).",
                    avoided.Instead + " Is het een naam of de titel van een publicatie? Zet die dan tussen enkele aanhalingstekens of cursief (*…*)."));
            }
            else if (InformalLookup.Contains(lowered))
            {
                findings.Add(new LanguageFinding(LanguageRule.InformalAddress, word.Start, lowered.ToString(), null,
                    $"'{span}': deze handreiking spreekt de lezer aan met 'u'.",
                    "Schrijf 'u' of 'uw', of schrijf de zin zonder aanspreekvorm. Staat het in een titel? Zet die dan cursief (*…*)."));
            }
        }

        return [.. findings.OrderBy(f => f.Offset).ThenBy(f => f.Rule)];
    }

    private static string AcceptHint(string rule) =>
        $" Moet het toch zo? Zet dan '# {Acceptance.Prefix}: {rule}' bij de sleutel (zie content/README.md).";
}
