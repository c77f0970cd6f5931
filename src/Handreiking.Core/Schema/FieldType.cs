namespace Handreiking.Core.Schema;

/// <summary>What a content key holds; drives both the loader's checks and the JSON Schema.</summary>
internal enum FieldType
{
    /// <summary>One line or a few sentences of plain text.</summary>
    Text,

    /// <summary>Longer text in Markdown.</summary>
    Markdown,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A four-digit year.</summary>
    Year,

    /// <summary>A date written as YYYY-MM-DD.</summary>
    Date,

    /// <summary>An absolute http or https address.</summary>
    Url,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>One of a fixed set of words.</summary>
    Choice,

    /// <summary>The id of another item.</summary>
    Reference,

    /// <summary>A list of ids of other items.</summary>
    ReferenceList,

    /// <summary>A list of ids this item had before; they name no other item, so they are not resolved.</summary>
    FormerIds,

    /// <summary>A list of short texts (each one checklist item).</summary>
    TextList,

    /// <summary>A list of small mappings with their own keys.</summary>
    ObjectList,
}
