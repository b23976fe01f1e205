using System.Text;

namespace TraumaBondCms.GraphQL.Language;

public sealed partial class Lexer
{
    // Spec §2.9.4 StringValue :: `"` StringCharacter* `"`
    //   StringCharacter :: SourceCharacter but not `"` or `\` or LineTerminator | `\u` EscapedUnicode | `\` EscapedCharacter
    private Token ReadString(int start, int line, int column)
    {
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null;
        while (position < _body.Length)
        {
            var c = _body[position];
            if (c == '"')
            {
                var text = value is null
                    ? _body[chunkStart..position]
                    : value.Append(_body, chunkStart, position - chunkStart).ToString();
                _position = position + 1;
                return new Token(TokenKind.String, start, position + 1, line, column, text);
            }

            if (c is '\n' or '\r')
            {
                break;
            }

            if (c == '\\')
            {
                value ??= new StringBuilder();
                value.Append(_body, chunkStart, position - chunkStart);
                position = ReadEscape(position, value);
                chunkStart = position;
                continue;
            }

            position += SourceCharacterWidth(position);
        }

        throw Error(position, "Unterminated string.");
    }

    // Spec §2.9.4 EscapedCharacter :: one of `"` `\` `/` `b` `f` `n` `r` `t`; `\u` EscapedUnicode.
    private int ReadEscape(int position, StringBuilder value)
    {
        switch (CharAt(position + 1))
        {
            case '"': value.Append('"'); return position + 2;
            case '\\': value.Append('\\'); return position + 2;
            case '/': value.Append('/'); return position + 2;
            case 'b': value.Append('\b'); return position + 2;
            case 'f': value.Append('\f'); return position + 2;
            case 'n': value.Append('\n'); return position + 2;
            case 'r': value.Append('\r'); return position + 2;
            case 't': value.Append('\t'); return position + 2;
            case 'u':
                return CharAt(position + 2) == '{'
                    ? ReadBracedUnicodeEscape(position, value)
                    : ReadFixedUnicodeEscape(position, value);
            case -1:
                throw Error(position + 1, "Unterminated string.");
            default:
                var length = char.IsHighSurrogate(_body[position + 1]) && position + 2 < _body.Length ? 3 : 2;
                throw Error(position, $"Invalid character escape sequence: \"{_body.Substring(position, length)}\".");
        }
    }

    // Spec §2.9.4 EscapedUnicode :: `{` HexDigit+ `}`; the value must be a Unicode scalar value.
    private int ReadBracedUnicodeEscape(int position, StringBuilder value)
    {
        var cursor = position + 3;
        var codePoint = 0;
        var tooLarge = false;
        while (HexValue(CharAt(cursor)) is var digit and >= 0)
        {
            codePoint = codePoint * 16 + digit;
            tooLarge |= codePoint > 0x10FFFF;
            codePoint = Math.Min(codePoint, 0x110000);
            cursor++;
        }

        var closed = CharAt(cursor) == '}';
        if (!closed || cursor == position + 3 || tooLarge || codePoint is >= 0xD800 and <= 0xDFFF)
        {
            var end = closed ? cursor + 1 : Math.Min(cursor + 1, _body.Length);
            throw Error(position, $"Invalid Unicode escape sequence: \"{_body[position..end]}\".");
        }

        value.Append(char.ConvertFromUtf32(codePoint));
        return cursor + 1;
    }

    // Spec §2.9.4 EscapedUnicode :: HexDigit HexDigit HexDigit HexDigit, where a leading surrogate must be
    // followed by `\u` and a trailing surrogate, and a lone surrogate is a syntax error.
    private int ReadFixedUnicodeEscape(int position, StringBuilder value)
    {
        var leading = ReadFourHex(position + 2);
        if (leading < 0)
        {
            throw Error(position, $"Invalid Unicode escape sequence: \"{_body[position..Math.Min(position + 6, _body.Length)]}\".");
        }

        if (leading is >= 0xD800 and <= 0xDBFF)
        {
            if (CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u' && ReadFourHex(position + 8) is >= 0xDC00 and <= 0xDFFF and var trailing)
            {
                value.Append((char)leading).Append((char)trailing);
                return position + 12;
            }

            throw Error(position, $"Invalid Unicode escape sequence: \"{_body.Substring(position, 6)}\".");
        }

        if (leading is >= 0xDC00 and <= 0xDFFF)
        {
            throw Error(position, $"Invalid Unicode escape sequence: \"{_body.Substring(position, 6)}\".");
        }

        value.Append((char)leading);
        return position + 6;
    }

    // Spec §2.9.4 BlockString :: `"""` BlockStringCharacter* `"""`
    //   BlockStringCharacter :: SourceCharacter but not `"""` or `\"""` | `\"""`
    private Token ReadBlockString(int start, int line, int column)
    {
        var position = start + 3;
        var chunkStart = position;
        var raw = new StringBuilder();
        while (position < _body.Length)
        {
            var c = _body[position];
            if (c == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                raw.Append(_body, chunkStart, position - chunkStart);
                _position = position + 3;
                return new Token(TokenKind.BlockString, start, position + 3, line, column, BlockString.Dedent(raw.ToString()));
            }

            if (c == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                raw.Append(_body, chunkStart, position - chunkStart).Append("\"\"\"");
                position += 4;
                chunkStart = position;
            }
            else if (c == '\n')
            {
                position++;
                StartLine(position);
            }
            else if (c == '\r')
            {
                position += CharAt(position + 1) == '\n' ? 2 : 1;
                StartLine(position);
            }
            else
            {
                position += SourceCharacterWidth(position);
            }
        }

        throw Error(position, "Unterminated string.");
    }

    // Spec §2.1.1 SourceCharacter :: "Any Unicode scalar value" (October 2021; the June 2018 edition
    // excluded control characters). So C0 controls such as U+0000 or U+0007 are allowed inside strings;
    // a surrogate pair is one supplementary code point and only a lone surrogate is rejected.
    private int SourceCharacterWidth(int position)
    {
        var c = _body[position];
        if (char.IsHighSurrogate(c) && position + 1 < _body.Length && char.IsLowSurrogate(_body[position + 1]))
        {
            return 2;
        }

        if (char.IsSurrogate(c))
        {
            throw Error(position, $"Invalid character within String: {DescribeCharAt(position)}.");
        }

        return 1;
    }

    private int ReadFourHex(int position)
    {
        var result = 0;
        for (var i = 0; i < 4; i++)
        {
            var digit = HexValue(CharAt(position + i));
            if (digit < 0)
            {
                return -1;
            }

            result = result * 16 + digit;
        }

        return result;
    }

    private static int HexValue(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
