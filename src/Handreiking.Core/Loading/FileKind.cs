namespace Handreiking.Core.Loading;

/// <summary>What a path in the content folder is, after following links.</summary>
internal enum FileKind
{
    /// <summary>Nothing there (or a link to nothing).</summary>
    Missing,

    /// <summary>A regular file, which can be read.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A named pipe, a device or a socket: never content, and reading it may hang.</summary>
    Other,
}
