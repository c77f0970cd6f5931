namespace Handreiking.Site.Pages;

/// <summary>One page type: knows its routes and builds each page's view model from the handbook.</summary>
public interface IPageSource
{
    IEnumerable<Page> CreatePages(SiteContext context);
}
