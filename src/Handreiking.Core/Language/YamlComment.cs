namespace Handreiking.Core.Language;

/// <summary>A YAML comment: its text (after the <c>#</c>), where the <c>#</c> stands, and the line it is about.</summary>
/// <param name="Text">The text after the <c>#</c>, trimmed.</param>
/// <param name="Line">1-based line of the <c>#</c>.</param>
/// <param name="Column">1-based column of the <c>#</c>.</param>
/// <param name="TargetLine">
/// The line the comment is about: its own line when it follows a value, else the next line that
/// is not blank and not a comment.
/// </param>
internal sealed record YamlComment(string Text, int Line, int Column, int TargetLine);
