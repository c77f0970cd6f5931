using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Handreiking.Core.Schema;
using YamlDotNet.RepresentationModel;

namespace Handreiking.Site.Tests;

/// <summary>
/// Markup written by an editor never becomes markup on the site. Every plain text field, text
/// list item and web address of every kind of content gets a payload that would open an element
/// or an attribute if it reached the page unencoded; the site is built with the real theme, and
/// no page may contain that element or attribute. Each field's payload carries its own marker,
/// and the test checks each marker reached a page, so a field the theme does not show cannot
/// pass for a safe one.
/// </summary>
public class XssTests
{
    // "/" ends the tag name as a space would, so the payload is also a valid web address (no spaces).
    private const string Breakout = "\"'><x-xss/data-xss=1>&amp;";

    [Fact]
    public void No_field_of_any_kind_brings_markup_onto_a_page()
    {
        using var temp = new TempFolder();
        var content = temp.Combine("content");
        TempFolder.Copy(Repository.Content, content);
        var markers = Inject(content);
        var output = temp.Combine("site");

        var result = new SiteBuilder(Repository.Options(content, output)).Build();

        Assert.True(result.Success, result.Error ?? string.Join("\n", result.Diagnostics.Select(d => d.ToString()).Concat(result.BrokenLinks.Select(b => b.ToString()))));
        var parser = new HtmlParser();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.True(pages.Count > 100);
        foreach (var file in pages)
        {
            var document = parser.ParseDocument(File.ReadAllText(file));
            var page = Path.GetRelativePath(output, file);
            Assert.Empty(document.QuerySelectorAll("x-xss").Select(e => $"{page}: <{e.LocalName}>"));
            Assert.Empty(document.All.Where(e => e.HasAttribute("data-xss")).Select(e => $"{page}: <{e.LocalName} data-xss>"));
            var texts = document.All.SelectMany(e => e.Attributes.Select(a => a.Value)).Append(document.DocumentElement.TextContent);
            foreach (var text in texts)
            {
                foreach (var marker in markers.Keys.Where(m => text.Contains(m + "\"'><x-xss/data-xss=1>", StringComparison.Ordinal)))
                {
                    seen.Add(marker);
                }
            }
        }

        // Every payload shows as the text the editor typed, except in the fields no page shows.
        Assert.Empty(markers.Where(m => !seen.Contains(m.Key) && !NotOnPages.Contains(m.Value)).Select(m => m.Value));
        Assert.Subset(markers.Values.ToHashSet(StringComparer.Ordinal), NotOnPages);
        Assert.True(markers.Count > 40, $"only {markers.Count} fields got a payload");
    }

    /// <summary>Fields no page shows today (the open data carries them): the index pages of target groups,
    /// organisation types and funds list no citations, and themes appear by title only.</summary>
    private static readonly HashSet<string> NotOnPages = new(StringComparer.Ordinal)
    {
        "doelgroepen: bronnen: sectie",
        "fondsen: bronnen: sectie",
        "organisatietypen: bronnen: sectie",
        "themas: samenvatting",
    };

    /// <summary>Appends a marked payload to every text, text list item and web address in the content; returns marker → "folder: key".</summary>
    private static Dictionary<string, string> Inject(string content)
    {
        var schema = JsonNode.Parse(JsonSchemaGenerator.GenerateOpenData())!["properties"]!.AsObject();
        var markers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(content, "*.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var folder = Path.GetDirectoryName(Path.GetRelativePath(content, file))!;
            var fields = folder.Length == 0 ? schema["handreiking"]!["properties"]! : schema[folder]!["items"]!["properties"]!;
            var yaml = new YamlStream();
            using (var reader = new StreamReader(file))
            {
                yaml.Load(reader);
            }

            Mutate((YamlMappingNode)yaml.Documents[0].RootNode, fields.AsObject(), folder.Length == 0 ? "handreiking" : folder, markers);
            using var writer = new StreamWriter(file);
            yaml.Save(writer, assignAnchors: false);
        }

        return markers;
    }

    private static void Mutate(YamlMappingNode mapping, JsonObject fields, string path, Dictionary<string, string> markers)
    {
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value!;
            if (fields[key] is not JsonObject field)
            {
                continue;
            }

            var name = $"{path}: {key}";
            switch (value)
            {
                case YamlScalarNode scalar when IsText(field) || IsUrl(field):
                    Append(scalar, Marker(markers, name), IsUrl(field));
                    break;
                case YamlSequenceNode list when field["items"] is JsonObject item && IsText(item):
                    foreach (var entry in list.Children.OfType<YamlScalarNode>())
                    {
                        Append(entry, Marker(markers, name), url: false);
                    }

                    break;
                case YamlSequenceNode list when (field["items"]?["properties"]) is JsonObject itemFields:
                    foreach (var entry in list.Children.OfType<YamlMappingNode>())
                    {
                        Mutate(entry, itemFields, name, markers);
                    }

                    break;
            }
        }
    }

    private static bool IsText(JsonObject field) => field["type"] is JsonArray;

    private static bool IsUrl(JsonObject field) => field["pattern"]?.GetValue<string>().StartsWith("^https?://", StringComparison.Ordinal) == true;

    private static string Marker(Dictionary<string, string> markers, string name)
    {
        var marker = markers.FirstOrDefault(m => m.Value == name).Key;
        if (marker is null)
        {
            marker = $"xss{markers.Count:D2}x";
            markers[marker] = name;
        }

        return marker;
    }

    private static void Append(YamlScalarNode scalar, string marker, bool url)
    {
        var text = scalar.Value ?? string.Empty;
        scalar.Value = url
            ? $"{text}{(text.Contains('?', StringComparison.Ordinal) ? '&' : '?')}{marker}{Breakout}"
            : text.Contains('\n', StringComparison.Ordinal) ? $"{text.TrimEnd('\n')}\n\n{marker}{Breakout}\n" : $"{text} {marker}{Breakout}";
        scalar.Style = text.Contains('\n', StringComparison.Ordinal) ? YamlDotNet.Core.ScalarStyle.Literal : YamlDotNet.Core.ScalarStyle.DoubleQuoted;
    }
}
