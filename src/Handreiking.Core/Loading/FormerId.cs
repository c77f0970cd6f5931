using Handreiking.Core.Diagnostics;

namespace Handreiking.Core.Loading;

/// <summary>An id an item had before (from <c>vorige-ids</c>), with where it was written. It names no other item.</summary>
internal sealed record FormerId(string Id, SourceLocation Location);
