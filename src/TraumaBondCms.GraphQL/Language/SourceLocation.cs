namespace TraumaBondCms.GraphQL.Language;

/// <summary>
/// A human-facing position in a GraphQL source text: 1-based line and 1-based column.
/// Lines are separated by the spec's line terminators <c>\n</c>, <c>\r\n</c> and <c>\r</c>
/// (https://spec.graphql.org/October2021/#sec-Line-Terminators); columns count Unicode code points,
/// so a character outside the Basic Multilingual Plane (a UTF-16 surrogate pair) is one column.
/// </summary>
/// <param name="Line">1-based line number.</param>
/// <param name="Column">1-based column number, in Unicode code points.</param>
public readonly record struct SourceLocation(int Line, int Column)
{
    /// <summary>Formats the location as <c>line:column</c>.</summary>
    public override string ToString() => $"{Line}:{Column}";
}
