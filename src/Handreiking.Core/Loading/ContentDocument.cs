using Handreiking.Core.Schema;

namespace Handreiking.Core.Loading;

/// <summary>A content file whose keys were read and checked; references are not resolved yet.</summary>
internal sealed record ContentDocument(ContentFile File, FieldValues Values)
{
    public KindSpec Kind => File.Kind;

    public string Id => File.Id;
}
