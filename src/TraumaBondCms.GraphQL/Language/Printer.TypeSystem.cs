using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Language;

public sealed partial class Printer
{
    // Spec §3 nodes: schema, type and directive definitions and their extensions.
    private bool VisitTypeSystem(Node node)
    {
        switch (node)
        {
            case SchemaDefinitionNode schema:
                Description(schema.Description);
                Write("schema");
                Directives(schema.Directives);
                Write(" ");
                Block(schema.OperationTypes, Visit);
                break;
            case SchemaExtensionNode schema:
                Write("extend schema");
                Directives(schema.Directives);
                OptionalBlock(schema.OperationTypes);
                break;
            case OperationTypeDefinitionNode operationType:
                Write(OperationKeyword(operationType.Operation));
                Write(": ");
                Visit(operationType.Type);
                break;
            case TypeDefinitionNode definition:
                Description(definition.Description);
                TypeHeader(Keyword(definition), definition.Name, definition.Directives, definition);
                break;
            case TypeExtensionNode extension:
                Write("extend ");
                TypeHeader(Keyword(extension), extension.Name, extension.Directives, extension);
                break;
            case FieldDefinitionNode field:
                Description(field.Description);
                Write(field.Name.Value);
                ArgumentDefinitions(field.Arguments);
                Write(": ");
                Visit(field.Type);
                Directives(field.Directives);
                break;
            case InputValueDefinitionNode inputValue:
                Description(inputValue.Description);
                Write(inputValue.Name.Value);
                Write(": ");
                Visit(inputValue.Type);
                if (inputValue.DefaultValue is not null)
                {
                    Write(" = ");
                    Visit(inputValue.DefaultValue);
                }

                Directives(inputValue.Directives);
                break;
            case EnumValueDefinitionNode enumValue:
                Description(enumValue.Description);
                Write(enumValue.Name.Value);
                Directives(enumValue.Directives);
                break;
            case DirectiveDefinitionNode directive:
                Description(directive.Description);
                Write("directive @");
                Write(directive.Name.Value);
                ArgumentDefinitions(directive.Arguments);
                Write(directive.IsRepeatable ? " repeatable on " : " on ");
                Join(directive.Locations, " | ", location => Write(location.Value));
                break;
            default:
                return false;
        }

        return true;
    }

    // "type Name implements A & B @d { ... }" and the matching shapes of the other type kinds.
    private void TypeHeader(string keyword, NameNode name, IReadOnlyList<DirectiveNode> directives, Node node)
    {
        Write(keyword);
        Write(" ");
        Write(name.Value);
        var (interfaces, members) = node switch
        {
            ObjectTypeDefinitionNode n => (n.Interfaces, (IReadOnlyList<Node>)n.Fields),
            ObjectTypeExtensionNode n => (n.Interfaces, n.Fields),
            InterfaceTypeDefinitionNode n => (n.Interfaces, n.Fields),
            InterfaceTypeExtensionNode n => (n.Interfaces, n.Fields),
            EnumTypeDefinitionNode n => ([], n.Values),
            EnumTypeExtensionNode n => ([], n.Values),
            InputObjectTypeDefinitionNode n => ([], n.Fields),
            InputObjectTypeExtensionNode n => ([], n.Fields),
            _ => ((IReadOnlyList<NamedTypeNode>)[], (IReadOnlyList<Node>)[]),
        };
        if (interfaces.Count > 0)
        {
            Write(" implements ");
            VisitAll(interfaces, " & ");
        }

        Directives(directives);
        var unionMembers = node switch
        {
            UnionTypeDefinitionNode n => n.Types,
            UnionTypeExtensionNode n => n.Types,
            _ => [],
        };
        if (unionMembers.Count > 0)
        {
            Write(" = ");
            VisitAll(unionMembers, " | ");
        }

        OptionalBlock(members);
    }

    private void OptionalBlock<T>(IReadOnlyList<T> members)
        where T : Node
    {
        if (members.Count > 0)
        {
            Write(" ");
            Block(members, member => Visit(member));
        }
    }

    // Argument definitions stay on one line unless one has a description, which needs its own line.
    private void ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        if (arguments.Count == 0)
        {
            return;
        }

        if (arguments.All(argument => argument.Description is null))
        {
            Write("(");
            VisitAll(arguments, ", ");
            Write(")");
            return;
        }

        Write("(");
        _indentation += IndentUnit;
        foreach (var argument in arguments)
        {
            NewLine();
            Visit(argument);
        }

        _indentation = _indentation[..^IndentUnit.Length];
        NewLine();
        Write(")");
    }

    private void Description(StringValueNode? description)
    {
        if (description is not null)
        {
            StringValue(description);
            NewLine();
        }
    }

    private static string Keyword(Node node) => node.Kind switch
    {
        NodeKind.ScalarTypeDefinition or NodeKind.ScalarTypeExtension => "scalar",
        NodeKind.ObjectTypeDefinition or NodeKind.ObjectTypeExtension => "type",
        NodeKind.InterfaceTypeDefinition or NodeKind.InterfaceTypeExtension => "interface",
        NodeKind.UnionTypeDefinition or NodeKind.UnionTypeExtension => "union",
        NodeKind.EnumTypeDefinition or NodeKind.EnumTypeExtension => "enum",
        _ => "input",
    };
}
