namespace Handreiking.Core.Checklists;

/// <summary>How a checklist is used, after the aviation and WHO checklists.</summary>
public enum ChecklistType
{
    /// <summary>READ-DO: read a point, then do it, one after the other (content: <c>lezen-en-doen</c>).</summary>
    ReadDo,

    /// <summary>DO-CONFIRM: work from memory, then stop and confirm nothing was missed (content: <c>doen-en-controleren</c>).</summary>
    DoConfirm,
}
