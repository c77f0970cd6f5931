namespace Handreiking.Site.PostProcessing;

/// <summary>A page after rendering: its address and its HTML.</summary>
public sealed record RenderedPage(string Url, string Html);
