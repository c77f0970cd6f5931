namespace Handreiking.Core.Model;

/// <summary>What kind of source an item is.</summary>
public enum SourceType
{
    /// <summary>One of the documents the handbook is made from.</summary>
    Document,

    /// <summary>A further publication named by a document.</summary>
    Publication,

    /// <summary>A website named by a document.</summary>
    Website,
}
