namespace TraumaBondCms.GraphQL.Language;

/// <summary>
/// One lexical token: its kind, UTF-16 offsets in the source (end exclusive), the line and column of
/// its first character, and for names, numbers and strings its value (decoded for strings).
/// </summary>
/// <param name="Kind">What the token is.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Line">1-based line of the first character.</param>
/// <param name="Column">1-based column, in Unicode code points, of the first character.</param>
/// <param name="Value">The name, number text or decoded string; null for punctuators and end of file.</param>
public readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value)
{
    /// <summary>Describes the token for error messages, e.g. <c>Name "foo"</c>, <c>"{"</c>, <c>&lt;EOF&gt;</c>.</summary>
    public string Describe() => Kind switch
    {
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Name => $"Name \"{Value}\"",
        TokenKind.Int => $"Int \"{Value}\"",
        TokenKind.Float => $"Float \"{Value}\"",
        TokenKind.String or TokenKind.BlockString => "String",
        _ => $"\"{Punctuator(Kind)}\"",
    };

    /// <summary>The source text of a punctuator kind, e.g. <c>{</c> for <see cref="TokenKind.BraceLeft"/>; empty for other kinds.</summary>
    public static string Punctuator(TokenKind kind) => kind switch
    {
        TokenKind.Bang => "!",
        TokenKind.Dollar => "$",
        TokenKind.Ampersand => "&",
        TokenKind.ParenLeft => "(",
        TokenKind.ParenRight => ")",
        TokenKind.Spread => "...",
        TokenKind.Colon => ":",
        TokenKind.Equals => "=",
        TokenKind.At => "@",
        TokenKind.BracketLeft => "[",
        TokenKind.BracketRight => "]",
        TokenKind.BraceLeft => "{",
        TokenKind.Pipe => "|",
        TokenKind.BraceRight => "}",
        _ => string.Empty,
    };
}
