using System.Text.Encodings.Web;
using System.Text.Json;
using Handreiking.Core.Model;

namespace Handreiking.Site.Pages;

/// <summary>
/// The compact index of all cases that the cases list reads in the browser to filter, count and
/// sort without a server, so the list's pages stay small however many cases there are. Each facet
/// lists its values once; a case names them by number:
/// <code>
/// {"base": "/praktijkvoorbeelden/",
///  "facets": [{"name": "thema", "label": "Thema", "values": ["Sport", "Taal"], "urls": [...]}, ...],
///  "cases": [["al-amal-utrecht", "Al Amal in Utrecht", 2012, [1], [0, 3], ...], ...]}
/// </code>
/// A case is its id, title and year (or null), then one list of value numbers per facet, in the
/// order of <c>facets</c>. Values of factors and methods carry their page's address in
/// <c>urls</c>, so the list can point at what works in the cases shown. Written in the order of
/// the first page of the list (by title), so the same content gives the same bytes.
/// </summary>
internal static class CaseIndex
{
    public static string Json(SiteContext context)
    {
        var handbook = context.Handbook;
        var order = StringComparer.Create(context.Locale.Culture, ignoreCase: true);
        var cases = handbook.Cases.OrderBy(c => c.Title, order).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        var values = cases.Select(c => Facets.CaseValues(context, c)).ToList();
        var facetValues = Facets.CaseFacets.Select((name, f) => values.SelectMany(v => v[f].Values).Distinct(StringComparer.Ordinal)
            .OrderBy(v => v, order).ThenBy(v => v, StringComparer.Ordinal).ToList()).ToList();
        var numbers = facetValues.Select(list => list.Select((v, i) => (v, i)).ToDictionary(x => x.v, x => x.i, StringComparer.Ordinal)).ToList();
        var pages = PageUrls(context);

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("base", context.Urls.Cases);
            json.WriteStartArray("facets");
            for (var f = 0; f < Facets.CaseFacets.Count; f++)
            {
                var name = Facets.CaseFacets[f];
                json.WriteStartObject();
                json.WriteString("name", name);
                json.WriteString("label", context.Locale["facet_" + name]);
                json.WriteStartArray("values");
                foreach (var value in facetValues[f])
                {
                    json.WriteStringValue(value);
                }

                json.WriteEndArray();
                if (pages.TryGetValue(name, out var urls))
                {
                    json.WriteStartArray("urls");
                    foreach (var value in facetValues[f])
                    {
                        json.WriteStringValue(urls.GetValueOrDefault(value, string.Empty));
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("cases");
            for (var i = 0; i < cases.Count; i++)
            {
                var c = cases[i];
                json.WriteStartArray();
                json.WriteStringValue(c.Id);
                json.WriteStringValue(c.Title);
                if (CasePageSource.Year(c) is { } year)
                {
                    json.WriteNumberValue(year);
                }
                else
                {
                    json.WriteNullValue();
                }

                for (var f = 0; f < Facets.CaseFacets.Count; f++)
                {
                    json.WriteStartArray();
                    foreach (var value in values[i][f].Values.Distinct(StringComparer.Ordinal))
                    {
                        json.WriteNumberValue(numbers[f][value]);
                    }

                    json.WriteEndArray();
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The pages of factor and method values, by title, so the list can link what works.</summary>
    private static Dictionary<string, Dictionary<string, string>> PageUrls(SiteContext context)
    {
        static Dictionary<string, string> Of(SiteContext context, IEnumerable<HandbookItem> items) =>
            items.GroupBy(i => i.Title, StringComparer.Ordinal).ToDictionary(g => g.Key, g => context.Urls.For(g.First()), StringComparer.Ordinal);
        return new(StringComparer.Ordinal)
        {
            [Facets.Factor] = Of(context, context.Handbook.Factors),
            [Facets.Method] = Of(context, context.Handbook.Methods),
        };
    }
}
