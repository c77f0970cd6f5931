using Handreiking.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace Handreiking.Core.Language;

/// <summary>
/// The text of one content file with what the loader's tree leaves out: where each scalar ends
/// and how it is written, and the comments. With these, a position inside a text value can be
/// turned into the line and column an editor sees.
/// </summary>
internal sealed class YamlSource
{
    private readonly string _file;
    private readonly Dictionary<(int Line, int Column), ScalarSpan> _scalars;
    private readonly List<int> _lineStarts;

    private YamlSource(string file, string text, Dictionary<(int, int), ScalarSpan> scalars, IReadOnlyList<YamlComment> comments, List<int> lineStarts)
    {
        _file = file;
        Text = text;
        _scalars = scalars;
        Comments = comments;
        _lineStarts = lineStarts;
    }

    public string Text { get; }

    public IReadOnlyList<YamlComment> Comments { get; }

    /// <summary>Reads the scalars and comments of a file's text; null when the text is no valid YAML (the loader reported that already).</summary>
    /// <param name="file">The file's path relative to the content folder, for locations.</param>
    /// <param name="text">The file's text.</param>
    public static YamlSource? Read(string file, string text)
    {
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        var scalars = new Dictionary<(int, int), ScalarSpan>();
        var comments = new List<(string Text, Mark Start, bool Inline)>();
        try
        {
            var scanner = new Scanner(new StringReader(text), skipComments: false);
            while (scanner.MoveNext())
            {
                switch (scanner.Current)
                {
                    case Scalar scalar:
                        scalars[((int)scalar.Start.Line, (int)scalar.Start.Column)] =
                            new ScalarSpan((int)scalar.Start.Index, (int)scalar.End.Index, scalar.Style);
                        break;
                    case Comment comment:
                        comments.Add((comment.Value, comment.Start, comment.IsInline));
                        break;
                }
            }
        }
        catch (YamlException)
        {
            return null;
        }

        var located = comments
            .Select(c => new YamlComment(c.Text.Trim(), (int)c.Start.Line, (int)c.Start.Column,
                c.Inline ? (int)c.Start.Line : NextContentLine(text, lineStarts, (int)c.Start.Line)))
            .OrderBy(c => c.Line)
            .ToList();
        return new YamlSource(file, text, scalars, located, lineStarts);
    }

    /// <summary>The scalar that starts at a location the loader reported, if there is one.</summary>
    public ScalarSpan? ScalarAt(SourceLocation location) =>
        _scalars.TryGetValue((location.Line, location.Column), out var span) ? span : null;

    /// <summary>The line and column of a character of the text.</summary>
    public SourceLocation LocationOf(int index)
    {
        var line = _lineStarts.BinarySearch(index);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new SourceLocation(_file, line + 1, index - _lineStarts[line] + 1);
    }

    /// <summary>The first line after <paramref name="line"/> that is not blank and not only a comment; 0 when there is none.</summary>
    private static int NextContentLine(string text, List<int> lineStarts, int line)
    {
        for (var next = line + 1; next <= lineStarts.Count; next++)
        {
            var start = lineStarts[next - 1];
            var end = next < lineStarts.Count ? lineStarts[next] : text.Length;
            var content = text.AsSpan(start, end - start).Trim();
            if (content.Length > 0 && content[0] != '#')
            {
                return next;
            }
        }

        return 0;
    }
}
