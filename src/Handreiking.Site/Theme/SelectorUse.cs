using AngleSharp.Css;
using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;

namespace Handreiking.Site.Theme;

/// <summary>
/// Decides whether a CSS selector can match markup that uses only certain classes, by parsing
/// it (AngleSharp's selector parser) rather than looking for class names in its text. A class
/// inside <c>:not(…)</c> need not be present for the rule to apply; one alternative of
/// <c>:is(…)</c>, <c>:where(…)</c> or <c>:has(…)</c> is enough; a selector the parser does not
/// know is kept, because dropping a rule that applies is worse than shipping one that does not.
/// </summary>
internal sealed class SelectorUse(Func<string, bool> isKnownClass)
{
    private static readonly string[] AnyOf = ["is(", "where(", "matches(", "has(", "-webkit-any(", "-moz-any("];

    private readonly CssSelectorParser _parser = new();

    private bool IsKnownClass(string name) => isKnownClass(name);

    public bool CanApply(string selector)
    {
        var parsed = _parser.ParseSelector(selector);
        if (parsed is null)
        {
            return true;
        }

        var visitor = new Visitor(this);
        parsed.Accept(visitor);
        return visitor.CanApply;
    }

    /// <summary>Walks one selector; <see cref="CanApply"/> ends false when some part can never match.</summary>
    private sealed class Visitor(SelectorUse owner) : ISelectorVisitor
    {
        public bool CanApply { get; private set; } = true;

        public void Class(string name) => CanApply &= owner.IsKnownClass(name);

        public void PseudoClass(string name)
        {
            if (name.StartsWith("not(", StringComparison.Ordinal))
            {
                return; // what must be absent never stops a rule from applying
            }

            if (AnyOf.FirstOrDefault(f => name.StartsWith(f, StringComparison.Ordinal)) is { } function && name.EndsWith(')'))
            {
                var inner = name[function.Length..^1];
                CanApply &= owner.CanApply(inner.Replace(":scope", string.Empty, StringComparison.Ordinal).TrimStart('>', '+', '~', ' '));
            }
        }

        public void Child(string name, int step, int offset, ISelector selector)
        {
            if (selector is not null)
            {
                var inner = new Visitor(owner);
                selector.Accept(inner);
                CanApply &= inner.CanApply;
            }
        }

        public void List(IEnumerable<ISelector> selectors)
        {
            var any = false;
            foreach (var selector in selectors)
            {
                var inner = new Visitor(owner);
                selector.Accept(inner);
                any |= inner.CanApply;
            }

            CanApply &= any;
        }

        public void Combinator(IEnumerable<ISelector> selectors, IEnumerable<string> symbols) => All(selectors);

        public void Many(IEnumerable<ISelector> selectors) => All(selectors);

        public void Attribute(string name, string op, string? value)
        {
        }

        public void Type(string name)
        {
        }

        public void Id(string value)
        {
        }

        public void PseudoElement(string name)
        {
        }

        private void All(IEnumerable<ISelector> selectors)
        {
            foreach (var selector in selectors)
            {
                selector.Accept(this);
            }
        }
    }
}
