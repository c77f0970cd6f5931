namespace Handreiking.Core.Schema;

/// <summary>A content kind: its singular Dutch name (used for the schema file), its folder and its keys.</summary>
internal sealed record KindSpec(ContentKind Kind, string Name, string Folder, string Description, IReadOnlyList<FieldSpec> Fields)
{
    public FieldSpec? Field(string key) => Fields.FirstOrDefault(f => f.Key == key);
}
