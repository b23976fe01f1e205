namespace TraumaBondCms.GraphQL.Language;

/// <summary>
/// Turns a <see cref="Source"/> into GraphQL tokens on demand (https://spec.graphql.org/October2021/#sec-Appendix-Grammar-Summary.Lexical-Tokens).
/// Ignored tokens (spec §2.1.7: BOM, white space, line terminators, comments, commas) are skipped.
/// Tracks lines (terminators <c>\n</c>, <c>\r\n</c>, <c>\r</c>) and code-point columns incrementally.
/// Not thread safe: one lexer per parse.
/// </summary>
public sealed partial class Lexer
{
    private readonly string _body;
    private int _position;
    private int _line = 1;
    private int _lineStart;
    private int _columnAnchorOffset;
    private int _columnAnchorValue = 1;

    /// <summary>Creates a lexer positioned at the start of <paramref name="source"/>.</summary>
    public Lexer(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Source = source;
        _body = source.Body;
    }

    /// <summary>The text being lexed.</summary>
    public Source Source { get; }

    /// <summary>
    /// Reads the next significant token. At the end of the source returns an <see cref="TokenKind.EndOfFile"/>
    /// token, again on every further call.
    /// </summary>
    /// <exception cref="GraphQLSyntaxException">On a character or literal the grammar does not allow.</exception>
    public Token Advance()
    {
        SkipIgnored();
        var start = _position;
        var line = _line;
        var column = ColumnAt(start);
        if (start >= _body.Length)
        {
            return new Token(TokenKind.EndOfFile, start, start, line, column, null);
        }

        var c = _body[start];
        var punctuator = PunctuatorKind(c);
        if (punctuator is { } kind)
        {
            _position = start + 1;
            return new Token(kind, start, start + 1, line, column, null);
        }

        switch (c)
        {
            case '.':
                // Spec §2.1.8: "..." is the only punctuator starting with a period.
                if (CharAt(start + 1) == '.' && CharAt(start + 2) == '.')
                {
                    _position = start + 3;
                    return new Token(TokenKind.Spread, start, start + 3, line, column, null);
                }

                throw Error(start, $"Unexpected character: {DescribeCharAt(start)}.");
            case '"':
                return CharAt(start + 1) == '"' && CharAt(start + 2) == '"'
                    ? ReadBlockString(start, line, column)
                    : ReadString(start, line, column);
            case '-':
                return ReadNumber(start, line, column);
        }

        if (IsDigit(c))
        {
            return ReadNumber(start, line, column);
        }

        if (IsNameStart(c))
        {
            return ReadName(start, line, column);
        }

        throw Error(start, $"Unexpected character: {DescribeCharAt(start)}.");
    }

    // Spec §2.1.7 Ignored Tokens: UnicodeBOM, WhiteSpace, LineTerminator, Comment, Comma.
    private void SkipIgnored()
    {
        while (_position < _body.Length)
        {
            switch (_body[_position])
            {
                case '\uFEFF':
                case '\t':
                case ' ':
                case ',':
                    _position++;
                    break;
                case '\n':
                    _position++;
                    StartLine(_position);
                    break;
                case '\r':
                    _position += CharAt(_position + 1) == '\n' ? 2 : 1;
                    StartLine(_position);
                    break;
                case '#':
                    // Spec §2.1.6 Comments run to the next line terminator; their characters are not checked.
                    while (_position < _body.Length && _body[_position] is not ('\n' or '\r'))
                    {
                        _position++;
                    }

                    break;
                default:
                    return;
            }
        }
    }

    // Spec §2.1.9 Names: NameStart NameContinue* [lookahead != NameContinue].
    private Token ReadName(int start, int line, int column)
    {
        var end = start + 1;
        while (end < _body.Length && IsNameContinue(_body[end]))
        {
            end++;
        }

        _position = end;
        return new Token(TokenKind.Name, start, end, line, column, _body[start..end]);
    }

    private void StartLine(int lineStart)
    {
        _line++;
        _lineStart = lineStart;
    }

    // Columns are counted in code points from the line start, resuming from the last computed column so
    // that a long single-line document costs linear time overall.
    private int ColumnAt(int offset)
    {
        if (_columnAnchorOffset < _lineStart || _columnAnchorOffset > offset)
        {
            _columnAnchorOffset = _lineStart;
            _columnAnchorValue = 1;
        }

        for (var i = _columnAnchorOffset; i < offset; i++)
        {
            if (!(char.IsLowSurrogate(_body[i]) && i > 0 && char.IsHighSurrogate(_body[i - 1])))
            {
                _columnAnchorValue++;
            }
        }

        _columnAnchorOffset = offset;
        return _columnAnchorValue;
    }

    private static TokenKind? PunctuatorKind(char c) => c switch
    {
        '!' => TokenKind.Bang,
        '$' => TokenKind.Dollar,
        '&' => TokenKind.Ampersand,
        '(' => TokenKind.ParenLeft,
        ')' => TokenKind.ParenRight,
        ':' => TokenKind.Colon,
        '=' => TokenKind.Equals,
        '@' => TokenKind.At,
        '[' => TokenKind.BracketLeft,
        ']' => TokenKind.BracketRight,
        '{' => TokenKind.BraceLeft,
        '|' => TokenKind.Pipe,
        '}' => TokenKind.BraceRight,
        _ => null,
    };

    private int CharAt(int offset) => offset < _body.Length ? _body[offset] : -1;

    private static bool IsDigit(int c) => c is >= '0' and <= '9';

    private static bool IsNameStart(int c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    private static bool IsNameContinue(int c) => IsNameStart(c) || IsDigit(c);

    // Printable ASCII is quoted; anything else is named by its code point, e.g. U+0007 or U+1F600.
    private string DescribeCharAt(int offset)
    {
        if (offset >= _body.Length)
        {
            return "<EOF>";
        }

        var c = _body[offset];
        if (c is >= ' ' and <= '~')
        {
            return c == '"' ? "'\"'" : $"\"{c}\"";
        }

        var codePoint = char.IsHighSurrogate(c) && offset + 1 < _body.Length && char.IsLowSurrogate(_body[offset + 1])
            ? char.ConvertToUtf32(c, _body[offset + 1])
            : c;
        return $"U+{codePoint:X4}";
    }

    private GraphQLSyntaxException Error(int position, string description) => new(Source, position, description);
}
