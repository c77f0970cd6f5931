using Handreiking.Core.Diagnostics;
using Handreiking.Core.Loading;

namespace Handreiking.Core.Language;

/// <summary>
/// A <c># b1-ok:</c> comment: an editor accepts warnings of the B1 checks for the value on the
/// comment's line (a comment after the value, or after <c>sleutel: |</c>) or on the next line (a
/// comment on a line of its own). Each rule accepts one warning, or the number written after it:
/// <c># b1-ok: lange-zin 2, vakterm backoffice; reden</c>. Text after a semicolon is the reason.
/// </summary>
internal sealed class Acceptance
{
    public const string Prefix = "b1-ok";

    /// <summary>
    /// Whether a file's bytes mention <see cref="Prefix"/> anywhere (in any case): only such a
    /// file can hold an acceptance. Asked while the loader has the bytes, so the B1 check reads a
    /// file a second time only when it has something to report or to accept.
    /// </summary>
    public static bool IsMentionedIn(ReadOnlySpan<byte> utf8)
    {
        ReadOnlySpan<byte> prefix = "b1-ok"u8;
        for (var i = utf8.IndexOfAny((byte)'b', (byte)'B'); i >= 0 && i <= utf8.Length - prefix.Length; )
        {
            if (System.Text.Ascii.EqualsIgnoreCase(utf8.Slice(i, prefix.Length), prefix))
            {
                return true;
            }

            var next = utf8[(i + 1)..].IndexOfAny((byte)'b', (byte)'B');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return false;
    }

    private Acceptance(YamlComment comment, SourceLocation location, IReadOnlyList<AcceptanceItem> items)
    {
        Comment = comment;
        Location = location;
        Items = items;
    }

    public YamlComment Comment { get; }

    public SourceLocation Location { get; }

    public IReadOnlyList<AcceptanceItem> Items { get; }

    public bool TryAccept(LanguageFinding finding) => Items.Any(i => i.TryAccept(finding));

    /// <summary>Reads a comment; null when it is no <c>b1-ok</c> comment. Reports what it cannot read.</summary>
    public static Acceptance? Read(YamlComment comment, string file, DiagnosticSink sink)
    {
        var text = comment.Text;
        if (!text.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var location = new SourceLocation(file, comment.Line, comment.Column);
        var rest = text[Prefix.Length..].TrimStart();
        if (!rest.StartsWith(':'))
        {
            Invalid(sink, location, $"Na '{Prefix}' hoort een dubbele punt.", "lange-zin");
            return null;
        }

        var rules = rest[1..].Split(';')[0];
        var items = new List<AcceptanceItem>();
        foreach (var part in rules.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var rule = LanguageRules.FromName(words[0]);
            if (rule is null)
            {
                var suggestion = Suggestions.Closest(words[0], LanguageRules.Names);
                Invalid(sink, location, $"'{words[0]}' is geen regel van de taalcontrole.", suggestion ?? "lange-zin");
                continue;
            }

            var count = 1;
            string? word = null;
            foreach (var extra in words.Skip(1))
            {
                if (int.TryParse(extra, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0)
                {
                    count = n;
                }
                else
                {
                    word ??= extra;
                }
            }

            items.Add(new AcceptanceItem(rule.Value, word, count));
        }

        if (items.Count == 0)
        {
            if (rules.Trim().Length == 0)
            {
                Invalid(sink, location, $"Dit '{Prefix}'-commentaar noemt geen regel.", "lange-zin");
            }

            return null;
        }

        return new Acceptance(comment, location, items);
    }

    private static void Invalid(DiagnosticSink sink, SourceLocation location, string message, string example) =>
        sink.Warning(DiagnosticCodes.InvalidAcceptance, location, message,
            $"Schrijf bijvoorbeeld '# {Prefix}: {example}'. De regels zijn: {string.Join(", ", LanguageRules.Names)}.");
}
