using Handreiking.Core.Schema;

namespace Handreiking.Core.Model;

/// <summary>A source with its bibliographic data, and everything that cites it.</summary>
public sealed record Source : HandbookItem
{
    /// <summary>Document, publication or website.</summary>
    public required SourceType SourceType { get; init; }

    /// <summary>Subtitle.</summary>
    public string? Subtitle { get; init; }

    /// <summary>Publisher or commissioning body.</summary>
    public string? Publisher { get; init; }

    /// <summary>Author(s).</summary>
    public string? Author { get; init; }

    /// <summary>Year of publication.</summary>
    public int? Year { get; init; }

    /// <summary>Date as written in the source, such as "maart 2011".</summary>
    public string? Date { get; init; }

    /// <summary>Place of publication or of the event.</summary>
    public string? Place { get; init; }

    /// <summary>Reference number, such as B-7407.</summary>
    public string? Reference { get; init; }

    /// <summary>Web address.</summary>
    public string? Url { get; init; }

    /// <summary>What it holds, in Markdown.</summary>
    public string? Description { get; init; }

    /// <summary>The document that names this publication or website.</summary>
    public Source? MentionedIn { get; internal set; }

    /// <summary>Publications and websites this document names.</summary>
    public IReadOnlyList<Source> Mentions { get; internal set; } = [];

    /// <summary>Every item that cites this source, in handbook order.</summary>
    public IReadOnlyList<HandbookItem> CitedBy { get; internal set; } = [];

    /// <inheritdoc />
    public override ContentKind Kind => ContentKind.Source;

    /// <summary>Equal when kind and id are equal; the links are not compared (see <see cref="HandbookItem"/>).</summary>
    /// <param name="other">The item to compare with.</param>
    public bool Equals(Source? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();
}
