using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Validation.Rules;

/// <summary>
/// §5.8.2 Variables Are Input Types (https://spec.graphql.org/October2021/#sec-Variables-Are-Input-Types): every
/// variable is declared with an input type (scalar, enum, input object, or lists and non-null of those). A
/// type name the schema does not define is reported as unknown.
/// </summary>
public sealed class VariablesAreInputTypesRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Name => "VariablesAreInputTypes";

    /// <inheritdoc/>
    public override string SpecSection => "5.8.2";

    /// <inheritdoc/>
    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, ValidationRule rule) : ValidationVisitor(context, rule)
    {
        protected override VisitAction EnterVariableDefinition(VariableDefinitionNode node, AstWalkContext context)
        {
            var type = Context.GetTypeFromAst(node.Type);
            if (type is null)
            {
                var named = NamedTypeOf(node.Type);
                var known = Context.Schema.Types.Select(candidate => candidate.Name);
                Report($"Unknown type \"{named.Name.Value}\".{Suggestions.DidYouMean(named.Name.Value, known)}", named);
            }
            else if (!type.IsInputType)
            {
                Report($"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{type}\".", node.Type);
            }

            return VisitAction.SkipChildren;
        }

        private static NamedTypeNode NamedTypeOf(TypeNode type)
        {
            while (true)
            {
                switch (type)
                {
                    case NamedTypeNode named:
                        return named;
                    case ListTypeNode list:
                        type = list.Type;
                        break;
                    case NonNullTypeNode nonNull:
                        type = nonNull.Type;
                        break;
                    default:
                        throw new InvalidOperationException($"Unknown type reference {type.GetType().Name}.");
                }
            }
        }
    }
}
