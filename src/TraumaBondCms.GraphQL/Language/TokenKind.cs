namespace TraumaBondCms.GraphQL.Language;

/// <summary>
/// The lexical tokens of GraphQL (https://spec.graphql.org/October2021/#sec-Language.Source-Text.Lexical-Tokens).
/// Ignored tokens (white space, line terminators, comments, commas, the BOM) never surface as tokens.
/// </summary>
public enum TokenKind
{
    /// <summary>End of the source; repeated on every further read.</summary>
    EndOfFile,

    /// <summary><c>!</c></summary>
    Bang,

    /// <summary><c>$</c></summary>
    Dollar,

    /// <summary><c>&amp;</c></summary>
    Ampersand,

    /// <summary><c>(</c></summary>
    ParenLeft,

    /// <summary><c>)</c></summary>
    ParenRight,

    /// <summary><c>...</c></summary>
    Spread,

    /// <summary><c>:</c></summary>
    Colon,

    /// <summary><c>=</c></summary>
    Equals,

    /// <summary><c>@</c></summary>
    At,

    /// <summary><c>[</c></summary>
    BracketLeft,

    /// <summary><c>]</c></summary>
    BracketRight,

    /// <summary><c>{</c></summary>
    BraceLeft,

    /// <summary><c>|</c></summary>
    Pipe,

    /// <summary><c>}</c></summary>
    BraceRight,

    /// <summary>A name (spec §2.1.9); the token value is the name.</summary>
    Name,

    /// <summary>An IntValue (spec §2.9.1); the token value is the literal text.</summary>
    Int,

    /// <summary>A FloatValue (spec §2.9.2); the token value is the literal text.</summary>
    Float,

    /// <summary>A quoted StringValue (spec §2.9.4); the token value is the decoded string.</summary>
    String,

    /// <summary>A block StringValue (<c>"""</c>); the token value is the dedented BlockStringValue.</summary>
    BlockString,
}
