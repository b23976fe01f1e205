namespace TraumaBondCms.GraphQL.Language;

/// <summary>
/// Where an AST node sits in its source: the UTF-16 offsets of its first character (inclusive) and
/// of the end of its last token (exclusive), plus the line and column of its first character.
/// Nodes built in code rather than parsed carry no location (<c>null</c>).
/// </summary>
/// <param name="Start">Offset of the node's first character in <see cref="Source.Body"/>.</param>
/// <param name="End">Offset just past the node's last token.</param>
/// <param name="Line">1-based line of <paramref name="Start"/>.</param>
/// <param name="Column">1-based column (Unicode code points) of <paramref name="Start"/>.</param>
public readonly record struct Location(int Start, int End, int Line, int Column)
{
    /// <summary>The line and column of the node's first character.</summary>
    public SourceLocation StartLocation => new(Line, Column);
}
