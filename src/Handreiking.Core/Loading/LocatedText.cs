using Handreiking.Core.Diagnostics;
using Handreiking.Core.Schema;

namespace Handreiking.Core.Loading;

/// <summary>A text value as the loader read it (trimmed), the key it belongs to, and where its YAML scalar starts.</summary>
/// <param name="Field">The key.</param>
/// <param name="Text">The text, trimmed the way the model holds it.</param>
/// <param name="Location">Where the scalar starts: its first character, or the <c>|</c> or <c>&gt;</c> of a block scalar.</param>
internal sealed record LocatedText(FieldSpec Field, string Text, SourceLocation Location);
