using Handreiking.Site.Rendering;

namespace Handreiking.Site.Views;

/// <summary>A page of entries with a table of contents.</summary>
public sealed record EntriesView(TrustedHtml IntroHtml, IReadOnlyList<EntryView> Entries);
