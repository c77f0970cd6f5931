using Handreiking.Core.Diagnostics;
using Handreiking.Core.Schema;

namespace Handreiking.Core.Loading;

/// <summary>
/// Checks what can only be checked across files: that every referenced id exists (suggesting the
/// closest existing one when it does not) and that no two steps or methods share a number.
/// </summary>
internal static class ReferenceChecker
{
    public static void Check(IReadOnlyList<ContentDocument> documents, DiagnosticSink sink)
    {
        var ids = documents
            .GroupBy(d => d.Kind.Kind)
            .ToDictionary(g => g.Key, g => g.Select(d => d.Id).ToHashSet(StringComparer.Ordinal));
        foreach (var document in documents)
        {
            foreach (var reference in document.Values.AllReferences())
            {
                var known = ids.GetValueOrDefault(reference.Target) ?? [];
                if (known.Contains(reference.Id))
                {
                    continue;
                }

                var target = KindCatalog.Get(reference.Target);
                var suggestion = Suggestions.Closest(reference.Id, known);
                sink.Error(DiagnosticCodes.UnknownReference, reference.Location,
                    $"Er is geen {target.Name} met id '{reference.Id}'.",
                    suggestion is not null
                        ? $"Bedoelt u '{suggestion}'? De id is de naam van een bestand in '{target.Folder}/', zonder '.yml'."
                        : known.Count is > 0 and <= 20
                            ? $"Kies een van deze ids: {string.Join(", ", known.Order(StringComparer.Ordinal))}. Of maak het bestand '{target.Folder}/{reference.Id}.yml'."
                            : $"De id is de naam van een bestand in '{target.Folder}/', zonder '.yml'. Maak dat bestand, of verwijder de verwijzing.");
            }
        }

        CheckMentionChains(documents, sink);
        CheckUniqueNumbers(documents, ContentKind.Step, "stap", sink);
        CheckUniqueNumbers(documents, ContentKind.Method, "methode", sink);
    }

    /// <summary>
    /// A source names the document it is mentioned in; following those names must end at a
    /// document, never come back to where it started (a source mentioned in itself, or A in B and B in A).
    /// </summary>
    private static void CheckMentionChains(IReadOnlyList<ContentDocument> documents, DiagnosticSink sink)
    {
        const string Key = "vermeld-in";
        var sources = documents.Where(d => d.Kind.Kind == ContentKind.Source).ToDictionary(d => d.Id, StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in sources.Keys.Order(StringComparer.Ordinal))
        {
            var path = new List<string>();
            var onPath = new HashSet<string>(StringComparer.Ordinal);
            for (var id = start; id is not null && !done.Contains(id); id = sources.GetValueOrDefault(id)?.Values.Reference(Key)?.Id)
            {
                if (!onPath.Add(id))
                {
                    var circle = path[path.IndexOf(id)..];
                    foreach (var member in circle)
                    {
                        var document = sources[member];
                        var chain = string.Join(" → ", circle.Skip(circle.IndexOf(member)).Concat(circle.Take(circle.IndexOf(member))).Append(member));
                        sink.Error(DiagnosticCodes.ReferenceCycle, document.Values.LocationOf(Key),
                            circle.Count == 1
                                ? $"Bron '{member}' wordt volgens '{Key}' in zichzelf vermeld."
                                : $"De bronnen vermelden elkaar in een kring: {chain}.",
                            $"'{Key}' noemt het document waarin deze bron genoemd wordt; dat is een andere bron. Haal '{Key}' hier weg of verbeter de id.");
                    }

                    break;
                }

                path.Add(id);
            }

            done.UnionWith(path);
        }
    }

    private static void CheckUniqueNumbers(IReadOnlyList<ContentDocument> documents, ContentKind kind, string name, DiagnosticSink sink)
    {
        var numbered = documents
            .Where(d => d.Kind.Kind == kind && d.Values.Integer("nummer") is not null)
            .GroupBy(d => d.Values.Integer("nummer")!.Value);
        foreach (var group in numbered.Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1))
            {
                sink.Error(DiagnosticCodes.DuplicateNumber, duplicate.Values.LocationOf("nummer"),
                    $"Nummer {group.Key} is al gebruikt door {name} '{first.Id}' ({first.File.RelativePath}).",
                    $"Geef elke {name} een eigen nummer.");
            }
        }
    }
}
