namespace Handreiking.Core.Model;

/// <summary>Whether a tip says what to do or what not to do.</summary>
public enum TipKind
{
    /// <summary>A do: something that works.</summary>
    Do,

    /// <summary>A don't: something to avoid.</summary>
    Dont,
}
