namespace Handreiking.Core.Diagnostics;

/// <summary>How serious a content problem is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The content is wrong: validation fails and no site is built.</summary>
    Error,

    /// <summary>The content works but should be improved.</summary>
    Warning,
}
