using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Language;

public sealed partial class Parser
{
    /// TypeSystemExtension : SchemaExtension | TypeExtension
    private DefinitionNode ParseTypeSystemExtension()
    {
        var start = _token;
        ExpectKeyword("extend");
        if (_token.Kind == TokenKind.Name)
        {
            switch (_token.Value)
            {
                case "schema": return ParseSchemaExtension(start);
                case "scalar": return ParseScalarTypeExtension(start);
                case "type": return ParseObjectTypeExtension(start);
                case "interface": return ParseInterfaceTypeExtension(start);
                case "union": return ParseUnionTypeExtension(start);
                case "enum": return ParseEnumTypeExtension(start);
                case "input": return ParseInputObjectTypeExtension(start);
            }
        }

        throw Unexpected();
    }

    /// SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const] [lookahead != {]
    private SchemaExtensionNode ParseSchemaExtension(Token start)
    {
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = OptionalMany(TokenKind.BraceLeft, ParseOperationTypeDefinition, TokenKind.BraceRight);
        RequireSomething(directives.Count + operationTypes.Count);
        return new SchemaExtensionNode { Directives = directives, OperationTypes = operationTypes, Location = LocationFrom(start) };
    }

    /// ScalarTypeExtension : extend scalar Name Directives[Const]
    private ScalarTypeExtensionNode ParseScalarTypeExtension(Token start)
    {
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        RequireSomething(directives.Count);
        return new ScalarTypeExtensionNode { Name = name, Directives = directives, Location = LocationFrom(start) };
    }

    /// ObjectTypeExtension : extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition | extend type Name ImplementsInterfaces? Directives[Const] | extend type Name ImplementsInterfaces
    private ObjectTypeExtensionNode ParseObjectTypeExtension(Token start)
    {
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        RequireSomething(interfaces.Count + directives.Count + fields.Count);
        return new ObjectTypeExtensionNode
        {
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Location = LocationFrom(start),
        };
    }

    /// InterfaceTypeExtension : extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition | extend interface Name ImplementsInterfaces? Directives[Const] | extend interface Name ImplementsInterfaces
    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension(Token start)
    {
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        RequireSomething(interfaces.Count + directives.Count + fields.Count);
        return new InterfaceTypeExtensionNode
        {
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Location = LocationFrom(start),
        };
    }

    /// UnionTypeExtension : extend union Name Directives[Const]? UnionMemberTypes | extend union Name Directives[Const]
    private UnionTypeExtensionNode ParseUnionTypeExtension(Token start)
    {
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        RequireSomething(directives.Count + types.Count);
        return new UnionTypeExtensionNode { Name = name, Directives = directives, Types = types, Location = LocationFrom(start) };
    }

    /// EnumTypeExtension : extend enum Name Directives[Const]? EnumValuesDefinition | extend enum Name Directives[Const]
    private EnumTypeExtensionNode ParseEnumTypeExtension(Token start)
    {
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        RequireSomething(directives.Count + values.Count);
        return new EnumTypeExtensionNode { Name = name, Directives = directives, Values = values, Location = LocationFrom(start) };
    }

    /// InputObjectTypeExtension : extend input Name Directives[Const]? InputFieldsDefinition | extend input Name Directives[Const]
    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension(Token start)
    {
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        RequireSomething(directives.Count + fields.Count);
        return new InputObjectTypeExtensionNode { Name = name, Directives = directives, Fields = fields, Location = LocationFrom(start) };
    }

    // An extension must add something; otherwise the token after it is what is unexpected.
    private void RequireSomething(int addedParts)
    {
        if (addedParts == 0)
        {
            throw Unexpected();
        }
    }
}
