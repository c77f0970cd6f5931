using Handreiking.Core.Diagnostics;
using Handreiking.Core.Schema;

namespace Handreiking.Core.Loading;

/// <summary>An id written in a content file, with where it was written, before it is resolved.</summary>
internal sealed record IdReference(string Id, ContentKind Target, SourceLocation Location);
