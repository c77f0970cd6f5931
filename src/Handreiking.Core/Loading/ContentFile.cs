using Handreiking.Core.Schema;

namespace Handreiking.Core.Loading;

/// <summary>A content file found in the content folder, before it is read.</summary>
/// <param name="Kind">The kind its folder holds.</param>
/// <param name="Id">Its id: the file name without extension.</param>
/// <param name="RelativePath">Path relative to the content folder, with forward slashes.</param>
/// <param name="FullPath">Path on disk.</param>
internal sealed record ContentFile(KindSpec Kind, string Id, string RelativePath, string FullPath);
