using Handreiking.Core.Schema;

namespace Handreiking.Core.Loading;

/// <summary>A content file whose keys were read and checked; references are not resolved yet.</summary>
/// <param name="File">The file.</param>
/// <param name="Values">Its keys' values, read and checked.</param>
/// <param name="MentionsAcceptance">Whether the file mentions <c>b1-ok</c>, so it may accept B1 warnings (see <see cref="Language.Acceptance"/>).</param>
internal sealed record ContentDocument(ContentFile File, FieldValues Values, bool MentionsAcceptance)
{
    public KindSpec Kind => File.Kind;

    public string Id => File.Id;
}
