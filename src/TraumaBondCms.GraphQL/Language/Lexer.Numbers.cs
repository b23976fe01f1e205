namespace TraumaBondCms.GraphQL.Language;

public sealed partial class Lexer
{
    // Spec §2.9.1 IntValue :: IntegerPart [lookahead != {Digit, `.`, NameStart}]
    // Spec §2.9.2 FloatValue :: IntegerPart FractionalPart? ExponentPart? [lookahead != {Digit, `.`, NameStart}]
    //   IntegerPart :: NegativeSign? 0 | NegativeSign? NonZeroDigit Digit*
    //   FractionalPart :: . Digit+
    //   ExponentPart :: ExponentIndicator Sign? Digit+
    private Token ReadNumber(int start, int line, int column)
    {
        var position = start;
        var isFloat = false;
        if (CharAt(position) == '-')
        {
            position++;
        }

        if (CharAt(position) == '0')
        {
            position++;
            if (IsDigit(CharAt(position)))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {DescribeCharAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position);
        }

        if (CharAt(position) == '.')
        {
            isFloat = true;
            position = ReadDigits(position + 1);
        }

        if (CharAt(position) is 'e' or 'E')
        {
            isFloat = true;
            position++;
            if (CharAt(position) is '+' or '-')
            {
                position++;
            }

            position = ReadDigits(position);
        }

        // The lookahead restriction: "1.2.3", "0x1" and "123abc" are errors, not two tokens.
        if (CharAt(position) == '.' || IsNameStart(CharAt(position)))
        {
            throw Error(position, $"Invalid number, expected digit but got: {DescribeCharAt(position)}.");
        }

        _position = position;
        return new Token(isFloat ? TokenKind.Float : TokenKind.Int, start, position, line, column, _body[start..position]);
    }

    private int ReadDigits(int position)
    {
        if (!IsDigit(CharAt(position)))
        {
            throw Error(position, $"Invalid number, expected digit but got: {DescribeCharAt(position)}.");
        }

        while (IsDigit(CharAt(position)))
        {
            position++;
        }

        return position;
    }
}
