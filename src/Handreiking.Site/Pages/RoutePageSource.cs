using Handreiking.Core.Model;
using Handreiking.Site.Views;

namespace Handreiking.Site.Pages;

/// <summary>The route: a diagram of the steps in their phases, and a page per step.</summary>
public sealed class RoutePageSource : IPageSource
{
    public IEnumerable<Page> CreatePages(SiteContext context)
    {
        var handbook = context.Handbook;
        var t = context.Locale;
        var phases = handbook.Phases
            .Select((p, i) => new PhaseView(p.Id, (i + 1).ToString(t.Culture), p.Title, p.Summary, [.. p.Steps.Select(s => Card(context, s))]))
            .ToList();
        yield return new Page
        {
            Url = context.Urls.Route,
            Template = "route",
            Title = t["nav_route"],
            Description = t["route_description"],
            Kind = "overzicht",
            Section = context.Urls.Route,
            Breadcrumbs = [context.Crumb(Urls.Home, "nav_home")],
            Model = new RouteView(handbook.BeforeYouStart is null ? null : Card(context, handbook.BeforeYouStart), phases),
            Searchable = false,
        };

        var steps = handbook.Steps;
        var checklists = new Checklists.ChecklistViews(context);
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            // The checklists come from the catalog, as on their print pages.
            var lists = SiteContext.Present(checklists.OwnerSection(step, "vragen"), checklists.OwnerSection(step, "acties")).ToList();
            lists.AddRange(checklists.OwnerLists(step, step.Lists));
            var model = new StepView(
                NumberLabel(context, step),
                step.Phase is null ? null : context.Link(step.Phase),
                step.Summary,
                context.Markdown.ToHtml(step.Explanation),
                lists,
                context.Tips(step.Tips, TipKind.Do),
                context.Tips(step.Tips, TipKind.Dont),
                context.Citations(step.Citations),
                i > 0 ? context.Link(steps[i - 1], NumberLabel(context, steps[i - 1])) : null,
                i < steps.Count - 1 ? context.Link(steps[i + 1], NumberLabel(context, steps[i + 1])) : null);
            yield return new Page
            {
                Url = context.Urls.For(step),
                Template = "step",
                SearchFilters = Facets.OfKind(context, "stap"),
                Title = step.Title,
                Description = step.Summary,
                Kind = "stap",
                Section = context.Urls.Route,
                Breadcrumbs = [context.Crumb(Urls.Home, "nav_home"), context.Crumb(context.Urls.Route, "nav_route")],
                SourceFile = step.Location.File,
                Citations = step.Citations,
                Related = SiteContext.Present(
                    context.Related("related_methods", step.Methods),
                    context.Related("related_factors", step.Factors),
                    context.RelatedCases("related_cases", step.Cases, c => CaseSelection.PositionIn(c.Steps, step), Facets.Step, step.Title)),
                Model = model,
            };
        }
    }

    internal static string NumberLabel(SiteContext context, RouteStep step) =>
        step == context.Handbook.BeforeYouStart ? context.Locale["before_you_start_label"] : context.Locale.Format("step_label", step.Number);

    private static StepCard Card(SiteContext context, RouteStep step) =>
        new(context.Urls.For(step), NumberLabel(context, step), step.Title, step.Summary);
}
