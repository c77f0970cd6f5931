using Handreiking.Core.Diagnostics;
using Handreiking.Core.Yaml;

namespace Handreiking.Core.Loading;

/// <summary>Reads and checks one content file. Safe to run for many files at once: it shares no state.</summary>
internal static class DocumentReader
{
    public static (ContentDocument? Document, IReadOnlyList<Diagnostic> Diagnostics) Read(ContentFile file)
    {
        var sink = new DiagnosticSink();
        byte[] bytes;
        try
        {
            var info = new FileInfo(file.FullPath);
            if (info.Length > YamlFileReader.MaxFileBytes)
            {
                // Do not read a huge file into memory just to reject it.
                YamlFileReader.ReportTooLarge(file.RelativePath, info.Length, sink);
                return (null, sink.Items);
            }

            bytes = File.ReadAllBytes(file.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            sink.Error(DiagnosticCodes.MissingContent, SourceLocation.StartOf(file.RelativePath),
                $"Dit bestand kan niet gelezen worden ({e.Message}).",
                "Controleer of het bestand bestaat en of u het mag lezen.");
            return (null, sink.Items);
        }

        var root = YamlFileReader.Read(bytes, file.RelativePath, sink);
        if (root is null)
        {
            return (null, sink.Items);
        }

        var what = $"een {file.Kind.Name}";
        if (root is not YMapping mapping)
        {
            sink.Error(DiagnosticCodes.NotAMapping, root.Location,
                $"Dit bestand moet sleutels met waarden bevatten (zoals 'titel: …'), maar het is {root.ShapeName}.",
                "Begin elke regel op het hoogste niveau met een sleutel en een dubbele punt, zie content/README.md.");
            return (null, sink.Items);
        }

        var values = new FieldReader(sink).Read(mapping, file.Kind.Fields, what);
        return (new ContentDocument(file, values, Language.Acceptance.IsMentionedIn(bytes)), sink.Items);
    }
}
