namespace Handreiking.Core.Schema;

/// <summary>The kinds of content items, each stored in its own folder of the content folder.</summary>
public enum ContentKind
{
    /// <summary>The handbook itself: <c>handreiking.yml</c>.</summary>
    Handbook,

    /// <summary>A group of success factors.</summary>
    Cluster,

    /// <summary>A success factor.</summary>
    SuccessFactor,

    /// <summary>A phase of the route.</summary>
    Phase,

    /// <summary>A step of the route.</summary>
    Step,

    /// <summary>A method.</summary>
    Method,

    /// <summary>A practice case (praktijkvoorbeeld).</summary>
    Case,

    /// <summary>A target group.</summary>
    TargetGroup,

    /// <summary>A type of partner organisation.</summary>
    OrganisationType,

    /// <summary>A theme.</summary>
    Theme,

    /// <summary>A fund for subsidies.</summary>
    Fund,

    /// <summary>A source: document, publication or website.</summary>
    Source,

    /// <summary>A glossary entry (begrip): a term the content uses, explained in plain language.</summary>
    Glossary,
}
