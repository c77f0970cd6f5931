namespace Handreiking.Site.Rendering;

/// <summary>
/// Codes of theme template errors, HR0100–HR0109 (content diagnostics use the codes below them),
/// so an author can look a message up and tests can assert which check fired.
/// </summary>
internal static class TemplateErrorCodes
{
    /// <summary>The template's text is not valid Scriban.</summary>
    public const string Syntax = "HR0100";

    /// <summary>A variable the template does not have (misspelt, or not passed to a partial).</summary>
    public const string UnknownVariable = "HR0101";

    /// <summary>A member a view, a list or the theme's texts do not have.</summary>
    public const string UnknownMember = "HR0102";

    /// <summary>A function that does not exist.</summary>
    public const string UnknownFunction = "HR0103";

    /// <summary>An include of a partial the theme does not have.</summary>
    public const string UnknownPartial = "HR0104";

    /// <summary>A loop ran past <c>LoopLimit</c> steps.</summary>
    public const string LoopLimit = "HR0105";

    /// <summary>Includes or functions nested deeper than <c>RecursiveLimit</c>.</summary>
    public const string RecursionLimit = "HR0106";

    /// <summary>A page type or the layout has no template file.</summary>
    public const string MissingTemplate = "HR0107";

    /// <summary>A value of a type that templates may not see.</summary>
    public const string HiddenType = "HR0108";

    /// <summary>Any other error while rendering.</summary>
    public const string Runtime = "HR0109";
}
