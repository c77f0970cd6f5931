namespace Handreiking.Core.Diagnostics;

/// <summary>
/// The stable codes of content problems. A code never changes meaning, so editors, scripts and
/// documentation can rely on it.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>The file is not valid YAML.</summary>
    public const string YamlSyntax = "HR0001";

    /// <summary>A key that this kind of content does not have.</summary>
    public const string UnknownKey = "HR0002";

    /// <summary>The same key twice in one mapping.</summary>
    public const string DuplicateKey = "HR0003";

    /// <summary>A required key is missing.</summary>
    public const string MissingRequired = "HR0004";

    /// <summary>A value of the wrong type (a list where text belongs, text where a number belongs).</summary>
    public const string WrongType = "HR0005";

    /// <summary>Text that is empty or only white space.</summary>
    public const string EmptyText = "HR0006";

    /// <summary>Two files with the same id in one folder.</summary>
    public const string DuplicateId = "HR0007";

    /// <summary>A reference to an id that does not exist.</summary>
    public const string UnknownReference = "HR0008";

    /// <summary>A web address that is not a valid http or https URL.</summary>
    public const string InvalidUrl = "HR0009";

    /// <summary>A year that is not a plausible four-digit year.</summary>
    public const string InvalidYear = "HR0010";

    /// <summary>A date that is not written as YYYY-MM-DD.</summary>
    public const string InvalidDate = "HR0011";

    /// <summary>A value that is not one of the allowed values.</summary>
    public const string InvalidValue = "HR0012";

    /// <summary>A file that is not UTF-8 text (binary, or another encoding).</summary>
    public const string NotUtf8 = "HR0013";

    /// <summary>An empty file, or one with only comments.</summary>
    public const string EmptyFile = "HR0014";

    /// <summary>A file larger than content files can reasonably be.</summary>
    public const string FileTooLarge = "HR0015";

    /// <summary>Nesting deeper than any content kind uses.</summary>
    public const string TooDeep = "HR0016";

    /// <summary>A file name that is not a valid id (lowercase letters, digits, hyphens).</summary>
    public const string InvalidId = "HR0017";

    /// <summary>A YAML file in a folder that holds no content kind.</summary>
    public const string UnknownFolder = "HR0018";

    /// <summary>The content folder, or its <c>handreiking.yml</c>, is missing.</summary>
    public const string MissingContent = "HR0019";

    /// <summary>YAML features the content does not use: anchors, aliases, several documents in one file.</summary>
    public const string UnsupportedYaml = "HR0020";

    /// <summary>The top of a file is not a mapping of keys to values.</summary>
    public const string NotAMapping = "HR0021";

    /// <summary>Two items claim the same number (two steps called "stap 3").</summary>
    public const string DuplicateNumber = "HR0022";

    /// <summary>A control character or other character that YAML does not allow.</summary>
    public const string ForbiddenCharacter = "HR0023";

    /// <summary>A path in the content folder that is not a regular file or folder, or a link that leaves the folder or loops.</summary>
    public const string NotAContentFile = "HR0024";

    /// <summary>Items that refer to each other in a circle where the model needs a chain (a source mentioned in itself).</summary>
    public const string ReferenceCycle = "HR0025";

    /// <summary>A link in Markdown to a scheme other than http, https or mailto.</summary>
    public const string UnsafeLink = "HR0026";

    /// <summary>A link in Markdown to a page or anchor of the site that does not exist.</summary>
    public const string BrokenLink = "HR0027";

    /// <summary>A former id (<c>vorige-ids</c>) that is still, or again, the id of an item of the same kind.</summary>
    public const string FormerIdInUse = "HR0060";

    /// <summary>The same former id in the <c>vorige-ids</c> of two items: an old address can lead to one page only.</summary>
    public const string FormerIdTwice = "HR0061";

    /// <summary>A published page is gone while a new item of the same kind appeared: a rename without <c>vorige-ids</c>.</summary>
    public const string RenamedWithoutFormerId = "HR0062";

    /// <summary>A published page is gone and nothing names its id in <c>vorige-ids</c>: links to it will break.</summary>
    public const string PublishedPageRemoved = "HR0063";

    /// <summary>Warning: a sentence of more than 20 words, too long for taalniveau B1.</summary>
    public const string LongSentence = "HR0040";

    /// <summary>Warning: a word from the jargon list that no entry in <c>begrippen/</c> explains.</summary>
    public const string UnexplainedJargon = "HR0041";

    /// <summary>Warning: a word the term policy rules out (such as "allochtoon"), outside a name or title.</summary>
    public const string AvoidedTerm = "HR0042";

    /// <summary>Warning: "je", "jij", "jou" or "jouw" in running text; the handbook says "u".</summary>
    public const string InformalAddress = "HR0043";

    /// <summary>Warning: a summary (<c>samenvatting</c>) of more than one sentence.</summary>
    public const string LongSummary = "HR0044";

    /// <summary>Warning: a <c># b1-ok:</c> comment that accepts fewer warnings than it says.</summary>
    public const string UnusedAcceptance = "HR0045";

    /// <summary>Warning: a <c># b1-ok:</c> comment that cannot be read (an unknown rule, a wrong count).</summary>
    public const string InvalidAcceptance = "HR0046";

    /// <summary>Two glossary entries explain the same word.</summary>
    public const string DuplicateGlossaryTerm = "HR0047";
}
