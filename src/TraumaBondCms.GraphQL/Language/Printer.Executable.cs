using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Language;

public sealed partial class Printer
{
    // Spec §2 nodes: documents, operations, selections, values, directives and type references.
    private bool VisitExecutable(Node node)
    {
        switch (node)
        {
            case DocumentNode document:
                VisitAll(document.Definitions, "\n\n");
                break;
            case OperationDefinitionNode operation:
                Operation(operation);
                break;
            case VariableDefinitionNode variableDefinition:
                Visit(variableDefinition.Variable);
                Write(": ");
                Visit(variableDefinition.Type);
                if (variableDefinition.DefaultValue is not null)
                {
                    Write(" = ");
                    Visit(variableDefinition.DefaultValue);
                }

                Directives(variableDefinition.Directives);
                break;
            case SelectionSetNode selectionSet:
                Block(selectionSet.Selections, selection => Visit(selection));
                break;
            case FieldNode field:
                Field(field);
                break;
            case FragmentSpreadNode spread:
                Write("...");
                Write(spread.Name.Value);
                Directives(spread.Directives);
                break;
            case InlineFragmentNode inline:
                Write("...");
                if (inline.TypeCondition is not null)
                {
                    Write(" on ");
                    Visit(inline.TypeCondition);
                }

                Directives(inline.Directives);
                Write(" ");
                Visit(inline.SelectionSet);
                break;
            case FragmentDefinitionNode fragment:
                Write("fragment ");
                Write(fragment.Name.Value);
                Write(" on ");
                Visit(fragment.TypeCondition);
                Directives(fragment.Directives);
                Write(" ");
                Visit(fragment.SelectionSet);
                break;
            case ArgumentNode argument:
                Write(argument.Name.Value);
                Write(": ");
                Visit(argument.Value);
                break;
            case DirectiveNode directive:
                Write("@");
                Write(directive.Name.Value);
                Arguments(directive.Arguments);
                break;
            case NameNode name:
                Write(name.Value);
                break;
            default:
                return VisitValueOrType(node);
        }

        return true;
    }

    private void Operation(OperationDefinitionNode operation)
    {
        var isShorthand = operation.Operation == OperationType.Query && operation.Name is null
            && operation.VariableDefinitions.Count == 0 && operation.Directives.Count == 0;
        if (!isShorthand)
        {
            Write(OperationKeyword(operation.Operation));
            if (operation.Name is not null)
            {
                Write(" ");
                Write(operation.Name.Value);
            }

            if (operation.VariableDefinitions.Count > 0)
            {
                Write(operation.Name is null ? " (" : "(");
                VisitAll(operation.VariableDefinitions, ", ");
                Write(")");
            }

            Directives(operation.Directives);
            Write(" ");
        }

        Visit(operation.SelectionSet);
    }

    private void Field(FieldNode field)
    {
        if (field.Alias is not null)
        {
            Write(field.Alias.Value);
            Write(": ");
        }

        Write(field.Name.Value);
        Arguments(field.Arguments);
        Directives(field.Directives);
        if (field.SelectionSet is not null)
        {
            Write(" ");
            Visit(field.SelectionSet);
        }
    }

    private bool VisitValueOrType(Node node)
    {
        switch (node)
        {
            case VariableNode variable:
                Write("$");
                Write(variable.Name.Value);
                break;
            case IntValueNode intValue:
                Write(intValue.Value);
                break;
            case FloatValueNode floatValue:
                Write(floatValue.Value);
                break;
            case StringValueNode stringValue:
                StringValue(stringValue);
                break;
            case BooleanValueNode booleanValue:
                Write(booleanValue.Value ? "true" : "false");
                break;
            case NullValueNode:
                Write("null");
                break;
            case EnumValueNode enumValue:
                Write(enumValue.Value);
                break;
            case ListValueNode list:
                Write("[");
                VisitAll(list.Values, ", ");
                Write("]");
                break;
            case ObjectValueNode objectValue:
                Write("{");
                VisitAll(objectValue.Fields, ", ");
                Write("}");
                break;
            case ObjectFieldNode objectField:
                Write(objectField.Name.Value);
                Write(": ");
                Visit(objectField.Value);
                break;
            case NamedTypeNode namedType:
                Write(namedType.Name.Value);
                break;
            case ListTypeNode listType:
                Write("[");
                Visit(listType.Type);
                Write("]");
                break;
            case NonNullTypeNode nonNullType:
                Visit(nonNullType.Type);
                Write("!");
                break;
            default:
                return false;
        }

        return true;
    }

    private static string OperationKeyword(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };
}
