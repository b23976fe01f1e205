using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Language;

public sealed partial class Parser
{
    /// Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue | ListValue[?Const] | ObjectValue[?Const]
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = _token;
        switch (token.Kind)
        {
            case TokenKind.BracketLeft:
                return ParseListValue(isConst);
            case TokenKind.BraceLeft:
                return ParseObjectValue(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValueNode { Value = token.Value!, Location = LocationFrom(token) };
            case TokenKind.Float:
                Advance();
                return new FloatValueNode { Value = token.Value!, Location = LocationFrom(token) };
            case TokenKind.String or TokenKind.BlockString:
                return ParseStringValue();
            case TokenKind.Name:
                Advance();
                return token.Value switch
                {
                    // BooleanValue : one of true false; NullValue : null; EnumValue : Name but not true, false or null
                    "true" => new BooleanValueNode { Value = true, Location = LocationFrom(token) },
                    "false" => new BooleanValueNode { Value = false, Location = LocationFrom(token) },
                    "null" => new NullValueNode { Location = LocationFrom(token) },
                    _ => new EnumValueNode { Value = token.Value!, Location = LocationFrom(token) },
                };
            case TokenKind.Dollar when !isConst:
                return ParseVariable();
            case TokenKind.Dollar:
                Advance();
                if (Peek(TokenKind.Name))
                {
                    throw Error(token.Start, $"Unexpected variable \"${_token.Value}\" in constant value.");
                }

                throw Unexpected(token);
            default:
                throw Unexpected();
        }
    }

    /// StringValue :: " StringCharacter* " | """ BlockStringCharacter* """
    private StringValueNode ParseStringValue()
    {
        var token = _token;
        Advance();
        return new StringValueNode { Value = token.Value!, IsBlock = token.Kind == TokenKind.BlockString, Location = LocationFrom(token) };
    }

    /// ListValue[Const] : [ ] | [ Value[?Const]+ ]
    private ListValueNode ParseListValue(bool isConst)
    {
        var start = _token;
        EnterNesting();
        var values = Any(TokenKind.BracketLeft, () => ParseValueLiteral(isConst), TokenKind.BracketRight);
        ExitNesting();
        return new ListValueNode { Values = values, Location = LocationFrom(start) };
    }

    /// ObjectValue[Const] : { } | { ObjectField[?Const]+ }
    private ObjectValueNode ParseObjectValue(bool isConst)
    {
        var start = _token;
        EnterNesting();
        var fields = Any(TokenKind.BraceLeft, () => ParseObjectField(isConst), TokenKind.BraceRight);
        ExitNesting();
        return new ObjectValueNode { Fields = fields, Location = LocationFrom(start) };
    }

    /// ObjectField[Const] : Name : Value[?Const]
    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = _token;
        var name = ParseName();
        Expect(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ObjectFieldNode { Name = name, Value = value, Location = LocationFrom(start) };
    }

    /// Directives[Const] : Directive[?Const]+
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var directives = new List<DirectiveNode>();
        while (Peek(TokenKind.At))
        {
            directives.Add(ParseDirective(isConst));
        }

        return directives;
    }

    /// Directive[Const] : @ Name Arguments[?Const]?
    private DirectiveNode ParseDirective(bool isConst)
    {
        var start = Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArguments(isConst);
        return new DirectiveNode { Name = name, Arguments = arguments, Location = LocationFrom(start) };
    }

    /// Type : NamedType | ListType | NonNullType
    private TypeNode ParseTypeReference()
    {
        var start = _token;
        TypeNode type;
        if (Peek(TokenKind.BracketLeft))
        {
            // ListType : [ Type ]
            EnterNesting();
            Advance();
            var itemType = ParseTypeReference();
            Expect(TokenKind.BracketRight);
            ExitNesting();
            type = new ListTypeNode { Type = itemType, Location = LocationFrom(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        // NonNullType : NamedType ! | ListType !
        return Skip(TokenKind.Bang) ? new NonNullTypeNode { Type = type, Location = LocationFrom(start) } : type;
    }

    /// NamedType : Name
    private NamedTypeNode ParseNamedType()
    {
        var start = _token;
        var name = ParseName();
        return new NamedTypeNode { Name = name, Location = LocationFrom(start) };
    }
}
