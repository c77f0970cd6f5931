namespace Handreiking.Site.Views;

/// <summary>A point the builder offers: its reference in the builder's address (<c>checklist.n</c>) and its plain text.</summary>
public sealed record BuilderItemView(string Ref, string Text);
