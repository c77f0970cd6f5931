namespace Handreiking.Site.PostProcessing;

/// <summary>A link or resource on a page that does not resolve, or that would leave the site.</summary>
/// <param name="Page">The page address.</param>
/// <param name="Target">The link as written.</param>
/// <param name="Reason">What is wrong, in plain Dutch.</param>
public sealed record BrokenLink(string Page, string Target, string Reason)
{
    public override string ToString() => $"{Page}: {Target}: {Reason}";
}
