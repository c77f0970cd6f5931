using Handreiking.Core.Diagnostics;
using Handreiking.Core.Schema;

namespace Handreiking.Core.Loading;

/// <summary>
/// Checks across the glossary that every word (a term or a synonym) is explained by one entry
/// only: the site links a word to its explanation, and a word with two explanations has no
/// single place to link to.
/// </summary>
internal static class GlossaryChecker
{
    public static void Check(IReadOnlyList<ContentDocument> documents, DiagnosticSink sink)
    {
        var owners = new Dictionary<string, (ContentDocument Document, LocatedText Form)>(StringComparer.OrdinalIgnoreCase);
        var entries = documents
            .Where(d => d.Kind.Kind == ContentKind.Glossary)
            .OrderBy(d => d.File.RelativePath, StringComparer.Ordinal);
        foreach (var document in entries)
        {
            var forms = document.Values.Texts.Where(t => t.Field.Key is "term" or "synoniemen");
            foreach (var form in forms)
            {
                var word = form.Text.Trim();
                if (!owners.TryGetValue(word, out var owner))
                {
                    owners[word] = (document, form);
                    continue;
                }

                if (owner.Document == document)
                {
                    sink.Error(DiagnosticCodes.DuplicateGlossaryTerm, form.Location,
                        $"'{word}' staat twee keer in dit begrip (ook op regel {owner.Form.Location.Line}).",
                        "Houd er één over.");
                    continue;
                }

                sink.Error(DiagnosticCodes.DuplicateGlossaryTerm, form.Location,
                    $"'{word}' wordt al uitgelegd in begrip '{owner.Document.Id}' ({owner.Document.File.RelativePath}, regel {owner.Form.Location.Line}).",
                    "Een woord heeft één uitleg. Voeg de twee begrippen samen, of haal het woord hier weg.");
            }
        }
    }
}
