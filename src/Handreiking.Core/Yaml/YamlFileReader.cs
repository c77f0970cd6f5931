using System.Buffers;
using System.Text;
using Handreiking.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Handreiking.Core.Yaml;

/// <summary>
/// Turns the bytes of one content file into a <see cref="YNode"/> tree, reporting every problem
/// as a diagnostic. Never throws on bad input: binary junk, other encodings, huge files, deep
/// nesting and malformed YAML all end as a diagnostic with a location.
/// </summary>
internal static class YamlFileReader
{
    /// <summary>Content files are a few kilobytes; anything above this is a mistake, not content.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>No content kind nests deeper than four levels; this leaves room and keeps recursion bounded.</summary>
    public const int MaxDepth = 32;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static YNode? Read(ReadOnlySpan<byte> bytes, string file, DiagnosticSink sink)
    {
        if (bytes.Length > MaxFileBytes)
        {
            ReportTooLarge(file, bytes.Length, sink);
            return null;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var invalidAt = System.Text.Unicode.Utf8.IsValid(bytes) && !bytes.Contains((byte)0) ? -1 : FindInvalidUtf8(bytes);
        if (invalidAt >= 0)
        {
            sink.Error(DiagnosticCodes.NotUtf8, LocationOfByte(bytes, invalidAt, file),
                "Dit bestand is geen tekst in UTF-8 (het is een binair bestand of gebruikt een andere tekenset).",
                "Sla het bestand op als UTF-8 (in VS Code: rechtsonder op de tekenset klikken, 'Save with Encoding', UTF-8).");
            return null;
        }

        var text = StrictUtf8.GetString(bytes);
        return Parse(text, file, sink);
    }

    public static void ReportTooLarge(string file, long length, DiagnosticSink sink) =>
        sink.Error(DiagnosticCodes.FileTooLarge, SourceLocation.StartOf(file),
            $"Dit bestand is {length / 1024} kB groot; een inhoudsbestand is hooguit {MaxFileBytes / 1024} kB.",
            "Controleer of dit wel het goede bestand is, of verdeel de inhoud over meer bestanden.");

    public static YNode? Parse(string text, string file, DiagnosticSink sink)
    {
        var checkedText = TextPrecheck.Prepare(text, file, MaxDepth, sink);
        if (checkedText is null)
        {
            return null;
        }

        text = checkedText;
        var builder = new TreeBuilder(new Parser(new StringReader(text)), file, text, sink);
        YNode? root;
        try
        {
            root = builder.ReadStream();
        }
        catch (YamlException e)
        {
            var location = e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FindIndentingTab(text, file) is { } tab
                ? tab
                : new SourceLocation(file, Math.Max(1, (int)e.Start.Line), Math.Max(1, (int)e.Start.Column));
            ReportSyntax(location, e.Message, text, sink);
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet's scanner throws these on some malformed input (an unclosed bracket, for
            // one); their messages mean nothing to an editor, the last good event tells where.
            ReportSyntax(builder.LastLocation, "iets is hier begonnen maar niet afgesloten", text, sink);
            return null;
        }

        if (root is null || root is YScalar { IsNull: true })
        {
            if (!builder.ReportedAny)
            {
                sink.Error(DiagnosticCodes.EmptyFile, SourceLocation.StartOf(file),
                    "Dit bestand is leeg.",
                    "Vul de verplichte sleutels in (zie content/README.md), of verwijder het bestand.");
            }

            return null;
        }

        return root;
    }

    private static void ReportSyntax(SourceLocation location, string detail, string text, DiagnosticSink sink)
    {
        var lineText = LineAt(text, location.Line);
        string hint;
        if (lineText.Contains('\t'))
        {
            hint = "Op deze regel staat een tab. YAML gebruikt alleen spaties om in te springen: vervang de tab door spaties.";
        }
        else if (detail.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase) || detail.Contains("invalid mapping", StringComparison.OrdinalIgnoreCase))
        {
            hint = "Staat er een dubbele punt in de tekst? Zet de hele tekst dan tussen aanhalingstekens, of gebruik 'sleutel: |' met de tekst op de regels eronder.";
        }
        else if (detail.Contains("did not find expected key", StringComparison.OrdinalIgnoreCase) ||
                 detail.Contains("did not find expected", StringComparison.OrdinalIgnoreCase))
        {
            hint = "Controleer de inspringing: sleutels op hetzelfde niveau beginnen precies onder elkaar, en een lijstitem begint met '- '.";
        }
        else
        {
            hint = "Controleer de inspringing (alleen spaties), aanhalingstekens en haakjes die niet gesloten zijn. Zet tekst met een dubbele punt tussen aanhalingstekens.";
        }

        sink.Error(DiagnosticCodes.YamlSyntax, location,
            $"Dit is geen geldige YAML ({detail.Trim().TrimEnd('.')}).", hint);
    }

    /// <summary>YamlDotNet reports a tab in the indentation at the start of the mapping; the editor needs the tab itself.</summary>
    private static SourceLocation? FindIndentingTab(string text, string file)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0 && tab < indent)
            {
                return new SourceLocation(file, i + 1, tab + 1);
            }
        }

        return null;
    }

    private static string LineAt(string text, int line)
    {
        using var reader = new StringReader(text);
        for (var i = 1; ; i++)
        {
            var current = reader.ReadLine();
            if (current is null || i == line)
            {
                return current ?? string.Empty;
            }
        }
    }

    private static int FindInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[offset..], out var rune, out var consumed);
            if (status != OperationStatus.Done || rune.Value == 0)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }

    private static SourceLocation LocationOfByte(ReadOnlySpan<byte> bytes, int offset, string file)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        var column = Encoding.UTF8.GetCharCount(bytes[lineStart..offset]) + 1;
        return new SourceLocation(file, line, column);
    }

    /// <summary>Reads parser events into nodes; one instance per file.</summary>
    private sealed class TreeBuilder(IParser parser, string file, string text, DiagnosticSink sink)
    {
        private bool _reportedDepth;

        public SourceLocation LastLocation { get; private set; } = SourceLocation.StartOf(file);

        public bool ReportedAny { get; private set; }

        public YNode? ReadStream()
        {
            Next(); // StreamStart
            YNode? root = null;
            var documents = 0;
            while (Next() is not StreamEnd)
            {
                if (parser.Current is DocumentStart)
                {
                    var documentStart = LastLocation;
                    documents++;
                    Next();
                    var node = ReadNode(depth: 0);
                    Next(); // DocumentEnd
                    if (documents == 1)
                    {
                        root = node;
                    }
                    else
                    {
                        Report(DiagnosticCodes.UnsupportedYaml, documentStart,
                            "Dit bestand bevat meer dan één YAML-document (gescheiden door '---').",
                            "Zet elk onderdeel in een eigen bestand; een bestand bevat één onderdeel.");
                    }
                }
            }

            return root;
        }

        private ParsingEvent Next()
        {
            if (!parser.MoveNext())
            {
                throw new YamlException(parser.Current?.End ?? Mark.Empty, parser.Current?.End ?? Mark.Empty, "unexpected end of file");
            }

            var current = parser.Current!;
            LastLocation = At(current.Start);
            return current;
        }

        private SourceLocation At(Mark mark) => new(file, Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column));

        private void Report(string code, SourceLocation location, string message, string hint)
        {
            ReportedAny = true;
            sink.Error(code, location, message, hint);
        }

        /// <summary>Reads the node at the current event; leaves the parser on its last event.</summary>
        private YNode? ReadNode(int depth)
        {
            var current = parser.Current!;
            if (current is NodeEvent { Anchor.IsEmpty: false } anchored)
            {
                Report(DiagnosticCodes.UnsupportedYaml, At(anchored.Start),
                    $"Ankers ('&{anchored.Anchor.Value}') worden in de inhoud niet gebruikt.",
                    "Schrijf de waarde gewoon uit; verwijs naar een ander onderdeel met zijn id.");
            }

            switch (current)
            {
                case Scalar scalar:
                    return new YScalar(At(scalar.Start), WithoutForbidden(scalar), scalar.Style == ScalarStyle.Plain,
                        new ScalarSource(file, text, (int)scalar.Start.Index, (int)scalar.End.Index));
                case AnchorAlias alias:
                    Report(DiagnosticCodes.UnsupportedYaml, At(alias.Start),
                        $"Verwijzingen ('*{alias.Value.Value}') worden in de inhoud niet gebruikt.",
                        "Schrijf de waarde gewoon uit; verwijs naar een ander onderdeel met zijn id.");
                    return null;
                case SequenceStart or MappingStart when depth >= MaxDepth:
                    if (!_reportedDepth)
                    {
                        _reportedDepth = true;
                        Report(DiagnosticCodes.TooDeep, At(current.Start),
                            $"De inhoud is hier meer dan {MaxDepth} niveaus diep genest.",
                            "Geen enkel onderdeel heeft zo'n diepe structuur nodig: controleer de inspringing.");
                    }

                    Skip();
                    return null;
                case SequenceStart:
                    return ReadSequence(depth);
                case MappingStart:
                    return ReadMapping(depth);
                default:
                    return null;
            }
        }

        private YSequence ReadSequence(int depth)
        {
            var location = At(parser.Current!.Start);
            var items = new List<YNode>();
            while (Next() is not SequenceEnd)
            {
                var item = ReadNode(depth + 1);
                if (item is not null)
                {
                    items.Add(item);
                }
            }

            return new YSequence(location, items);
        }

        private YMapping ReadMapping(int depth)
        {
            var location = At(parser.Current!.Start);
            var entries = new List<KeyValuePair<YScalar, YNode>>();
            var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
            while (Next() is not MappingEnd)
            {
                var keyNode = ReadNode(depth + 1);
                Next();
                var value = ReadNode(depth + 1);
                if (keyNode is not YScalar key)
                {
                    if (keyNode is not null)
                    {
                        Report(DiagnosticCodes.WrongType, keyNode.Location,
                            $"Een sleutel moet een woord zijn, maar hier staat {keyNode.ShapeName}.",
                            "Schrijf een sleutel als 'titel: waarde'. Controleer de inspringing en de haakjes.");
                    }

                    continue;
                }

                if (seen.TryGetValue(key.Value, out var first))
                {
                    Report(DiagnosticCodes.DuplicateKey, key.Location,
                        $"De sleutel '{key.Value}' staat twee keer in dit bestand (ook op regel {first.Line}).",
                        "Houd één van de twee over en voeg de inhoud zo nodig samen.");
                    continue;
                }

                seen.Add(key.Value, key.Location);
                entries.Add(new(key, value ?? new YScalar(key.Location, string.Empty, isPlain: true)));
            }

            return new YMapping(location, entries);
        }

        /// <summary>
        /// A double-quoted value can spell a forbidden character as an escape (<c>"\x01"</c>, <c>"\e"</c>);
        /// the text check cannot see those, so the value is checked once more.
        /// </summary>
        private string WithoutForbidden(Scalar scalar)
        {
            var value = scalar.Value;
            var forbidden = Enumerable.Range(0, value.Length).Where(i => TextPrecheck.IsForbidden(value, i)).ToList();
            if (forbidden.Count == 0)
            {
                return value;
            }

            var code = ((int)value[forbidden[0]]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
            Report(DiagnosticCodes.ForbiddenCharacter, At(scalar.Start),
                $"Deze tekst maakt met een escape (zoals \\x01 of \\e) een stuurteken (U+{code}) dat in de inhoud niet mag.",
                "Haal de escape weg; schrijf gewone tekens.");
            var chars = value.ToCharArray();
            forbidden.ForEach(i => chars[i] = ' ');
            return new string(chars);
        }

        /// <summary>Skips the collection that starts at the current event, without recursion.</summary>
        private void Skip()
        {
            var open = 1;
            while (open > 0)
            {
                switch (Next())
                {
                    case SequenceStart or MappingStart:
                        open++;
                        break;
                    case SequenceEnd or MappingEnd:
                        open--;
                        break;
                }
            }
        }
    }
}
