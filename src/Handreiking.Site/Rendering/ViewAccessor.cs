using System.Collections.Frozen;
using System.Linq.Expressions;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Handreiking.Site.Rendering;

/// <summary>
/// Lets templates read the public properties of one view type, under their snake_case names
/// (<c>CanonicalUrl</c> → <c>canonical_url</c>), and nothing else: no methods, no writes. The
/// getters are compiled once per renderer, so a render reflects over nothing.
/// </summary>
internal sealed class ViewAccessor : IObjectAccessor
{
    private readonly FrozenDictionary<string, Func<object, object?>> _members;

    private ViewAccessor(string typeName, FrozenDictionary<string, Func<object, object?>> members)
    {
        TypeName = typeName;
        _members = members;
    }

    /// <summary>The view's C# name, for error messages (<c>CaseView</c>).</summary>
    public string TypeName { get; }

    /// <summary>An accessor for every public instance property of <paramref name="type"/>.</summary>
    public static ViewAccessor For(Type type, MemberRenamerDelegate renamer)
    {
        var members = type.GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .Where(p => p.GetMethod is not null && p.GetIndexParameters().Length == 0)
            .ToFrozenDictionary(p => renamer(p), Getter, StringComparer.Ordinal);
        return new ViewAccessor(type.Name, members);
    }

    /// <summary>An accessor with no members, for values templates may write but not look into.</summary>
    public static ViewAccessor Opaque(Type type) =>
        new(type.Name, FrozenDictionary<string, Func<object, object?>>.Empty);

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _members.Count;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _members.Keys;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _members.ContainsKey(member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (_members.TryGetValue(member, out var getter))
        {
            value = getter(target);
            return true;
        }

        value = null;
        return false;
    }

    // Views are read-only to templates.
    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;

    public bool HasIndexer => false;

    public Type? IndexType => null;

    private static Func<object, object?> Getter(PropertyInfo property)
    {
        var target = Expression.Parameter(typeof(object), "target");
        var read = Expression.Property(Expression.Convert(target, property.DeclaringType!), property);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), target).Compile();
    }
}
