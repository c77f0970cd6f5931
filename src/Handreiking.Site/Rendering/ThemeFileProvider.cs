using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Handreiking.Site.Rendering;

/// <summary>
/// Serves the theme's partials to Fluid's <c>{% render %}</c> and <c>{% include %}</c> from memory:
/// they are read once per build, and a template can reach nothing outside the partials folder.
/// </summary>
internal sealed class ThemeFileProvider(IReadOnlyDictionary<string, string> partials) : IFileProvider
{
    public IFileInfo GetFileInfo(string subpath)
    {
        var name = subpath.Replace('\\', '/').TrimStart('/');
        return partials.TryGetValue(name, out var text) ? new PartialFile(name, text) : new NotFoundFileInfo(name);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class PartialFile(string name, string text) : IFileInfo
    {
        private readonly byte[] _bytes = System.Text.Encoding.UTF8.GetBytes(text);

        public bool Exists => true;

        public long Length => _bytes.Length;

        public string? PhysicalPath => null;

        public string Name => name;

        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => new MemoryStream(_bytes, writable: false);
    }
}
