using Scriban;

namespace Handreiking.Site.Rendering;

/// <summary>A theme template read and parsed once.</summary>
/// <param name="Path">Its path from the theme folder's parent (<c>theme/partials/list.sbn-html</c>), as errors show it.</param>
internal sealed record ParsedTemplate(string Path, string Text, Template Template);
