using Handreiking.Core.Diagnostics;
using Handreiking.Core.Schema;

namespace Handreiking.Core.Loading;

/// <summary>
/// Checks the <c>vorige-ids</c> across files: an old address can only redirect when no item of
/// the same kind has that id now, and only to one item.
/// </summary>
internal static class FormerIdChecker
{
    public static void Check(IReadOnlyList<ContentDocument> documents, DiagnosticSink sink)
    {
        foreach (var kind in documents.GroupBy(d => d.Kind.Kind))
        {
            var current = kind.ToDictionary(d => d.Id, StringComparer.Ordinal);
            var claimed = new Dictionary<string, ContentDocument>(StringComparer.Ordinal);
            foreach (var document in kind.OrderBy(d => d.File.RelativePath, StringComparer.Ordinal))
            {
                foreach (var former in document.Values.FormerIds(KindCatalog.FormerIds.Key))
                {
                    if (former.Id == document.Id)
                    {
                        sink.Error(DiagnosticCodes.FormerIdInUse, former.Location,
                            $"'{former.Id}' is de id van dit bestand zelf.",
                            "Zet in 'vorige-ids' alleen oude namen van dit bestand. Haal deze id weg.");
                    }
                    else if (current.TryGetValue(former.Id, out var owner))
                    {
                        sink.Error(DiagnosticCodes.FormerIdInUse, former.Location,
                            $"'{former.Id}' staat in 'vorige-ids', maar {owner.File.RelativePath} heeft die id nu.",
                            $"Een oud adres kan niet doorsturen zolang de pagina nog bestaat. Haal '{former.Id}' hier weg, of hernoem {owner.File.RelativePath}.");
                    }
                    else if (!claimed.TryAdd(former.Id, document))
                    {
                        var first = claimed[former.Id];
                        sink.Error(DiagnosticCodes.FormerIdTwice, former.Location,
                            first == document
                                ? $"'{former.Id}' staat twee keer in 'vorige-ids'."
                                : $"'{former.Id}' staat ook in 'vorige-ids' van {first.File.RelativePath}.",
                            first == document
                                ? "Haal de tweede weg."
                                : $"Een oud adres stuurt maar naar één pagina door. Laat '{former.Id}' in één van de twee bestanden staan.");
                    }
                }
            }
        }
    }
}
