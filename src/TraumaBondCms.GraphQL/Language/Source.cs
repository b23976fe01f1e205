namespace TraumaBondCms.GraphQL.Language;

/// <summary>
/// A GraphQL source text and the name it is reported under in errors
/// (https://spec.graphql.org/October2021/#sec-Source-Text). Immutable and thread safe.
/// </summary>
public sealed class Source
{
    /// <summary>The name used when none is given.</summary>
    public const string DefaultName = "GraphQL request";

    /// <summary>Creates a source from its text and an optional name (defaults to <see cref="DefaultName"/>).</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="body"/> is null.</exception>
    public Source(string body, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        Body = body;
        Name = string.IsNullOrEmpty(name) ? DefaultName : name;
    }

    /// <summary>The full GraphQL text.</summary>
    public string Body { get; }

    /// <summary>A name for the text (a file name, or "GraphQL request").</summary>
    public string Name { get; }

    /// <summary>
    /// Converts a UTF-16 offset into a 1-based line and code-point column, counting <c>\n</c>,
    /// <c>\r\n</c> and <c>\r</c> as one line terminator each (spec §2.1.2). Scans from the start, so
    /// it is meant for error reporting, not per-token use. Offsets past the end clamp to the end.
    /// </summary>
    public SourceLocation GetLocation(int offset)
    {
        var end = Math.Clamp(offset, 0, Body.Length);
        var line = 1;
        var column = 1;
        for (var i = 0; i < end; i++)
        {
            var c = Body[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= Body.Length || Body[i + 1] != '\n')))
            {
                line++;
                column = 1;
            }
            else if (c == '\r')
            {
                // First half of \r\n: the \n that follows ends the line.
            }
            else if (!(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(Body[i - 1])))
            {
                column++;
            }
        }

        return new SourceLocation(line, column);
    }
}
