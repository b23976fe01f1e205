using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Language;

public sealed partial class Parser
{
    /// Document : Definition+
    private DocumentNode ParseDocument()
    {
        var start = _token;
        var definitions = new List<DefinitionNode>();
        do
        {
            definitions.Add(ParseDefinition());
        }
        while (!Peek(TokenKind.EndOfFile));
        return new DocumentNode { Definitions = definitions, Location = LocationFrom(start) };
    }

    /// Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension
    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceLeft))
        {
            return ParseOperationDefinition();
        }

        // Spec §3.2: only type system definitions may carry a description.
        var start = _token;
        var description = ParseDescription();
        if (description is null && _token.Kind == TokenKind.Name)
        {
            switch (_token.Value)
            {
                case "query" or "mutation" or "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
                case "extend":
                    return ParseTypeSystemExtension();
            }
        }

        if (_token.Kind == TokenKind.Name)
        {
            switch (_token.Value)
            {
                case "schema": return ParseSchemaDefinition(start, description);
                case "scalar": return ParseScalarTypeDefinition(start, description);
                case "type": return ParseObjectTypeDefinition(start, description);
                case "interface": return ParseInterfaceTypeDefinition(start, description);
                case "union": return ParseUnionTypeDefinition(start, description);
                case "enum": return ParseEnumTypeDefinition(start, description);
                case "input": return ParseInputObjectTypeDefinition(start, description);
                case "directive": return ParseDirectiveDefinition(start, description);
            }
        }

        throw Unexpected();
    }

    /// Name :: NameStart NameContinue* [lookahead != NameContinue]
    private NameNode ParseName()
    {
        var token = Expect(TokenKind.Name);
        return new NameNode { Value = token.Value!, Location = LocationFrom(token) };
    }
}
