namespace Handreiking.Core.Checklists;

/// <summary>Where a checklist comes from.</summary>
public enum ChecklistKind
{
    /// <summary>The step "voor u begint".</summary>
    BeforeYouStart,

    /// <summary>A step of the route.</summary>
    Step,

    /// <summary>A method.</summary>
    Method,

    /// <summary>A success factor: what to do, and its do's and don'ts.</summary>
    SuccessFactor,

    /// <summary>All do's and don'ts.</summary>
    DosAndDonts,

    /// <summary>A list the content marks as a checklist.</summary>
    MarkedList,
}
