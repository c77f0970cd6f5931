namespace Handreiking.Core.Checklists;

/// <summary>What a section of a checklist holds.</summary>
public enum ChecklistSectionKind
{
    /// <summary>A step's questions (<c>vragen</c>).</summary>
    Questions,

    /// <summary>What to do: a step's <c>acties</c> or a factor's <c>wat-te-doen</c>.</summary>
    Actions,

    /// <summary>A method's how-to steps (<c>stappen</c>), in order.</summary>
    HowTo,

    /// <summary>Do's (<c>doen</c>).</summary>
    Dos,

    /// <summary>Don'ts (<c>niet-doen</c>).</summary>
    Donts,

    /// <summary>One item's do's and don'ts together, titled with the item (in the checklist of all do's and don'ts).</summary>
    Tips,

    /// <summary>A list the content marks as a checklist, titled as the content titles it.</summary>
    List,
}
