namespace Handreiking.Core.Model;

/// <summary>The country a case took place in.</summary>
public enum Country
{
    /// <summary>Nederland.</summary>
    NL,

    /// <summary>België (Vlaanderen).</summary>
    BE,
}
