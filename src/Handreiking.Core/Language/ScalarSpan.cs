using YamlDotNet.Core;

namespace Handreiking.Core.Language;

/// <summary>Where a scalar stands in the file text: from its first character (or block indicator) to just after its last, and how it is written.</summary>
/// <param name="Start">Index of the first character: the opening quote, the <c>|</c> or <c>&gt;</c>, or the first letter.</param>
/// <param name="End">Index just after the scalar.</param>
/// <param name="Style">Plain, quoted, literal or folded.</param>
internal readonly record struct ScalarSpan(int Start, int End, ScalarStyle Style);
