namespace Handreiking.Core.Diagnostics;

/// <summary>Collects the diagnostics of one loading stage; one sink per file keeps parallel loading lock-free.</summary>
internal sealed class DiagnosticSink
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public void Error(string code, SourceLocation location, string message, string hint) =>
        _items.Add(new Diagnostic(code, DiagnosticSeverity.Error, location, message, hint));

    public void Warning(string code, SourceLocation location, string message, string hint) =>
        _items.Add(new Diagnostic(code, DiagnosticSeverity.Warning, location, message, hint));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);
}
