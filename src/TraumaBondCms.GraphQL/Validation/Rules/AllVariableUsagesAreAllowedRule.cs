using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Validation.Rules;

/// <summary>
/// §5.8.5 All Variable Usages are Allowed (https://spec.graphql.org/October2021/#sec-All-Variable-Usages-are-Allowed):
/// a variable is used only where its declared type fits (IsVariableUsageAllowed / AreTypesCompatible). A
/// nullable variable may fill a non-null position only when the variable has a non-null default or the
/// position (argument or input field) has a default of its own.
/// </summary>
public sealed class AllVariableUsagesAreAllowedRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Name => "AllVariableUsagesAreAllowed";

    /// <inheritdoc/>
    public override string SpecSection => "5.8.5";

    /// <inheritdoc/>
    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, ValidationRule rule) : ValidationVisitor(context, rule)
    {
        protected override VisitAction EnterOperationDefinition(OperationDefinitionNode node, AstWalkContext context) => VisitAction.SkipChildren;

        protected override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, AstWalkContext context) => VisitAction.SkipChildren;

        protected override void LeaveDocument(DocumentNode node, AstWalkContext context)
        {
            foreach (var definition in node.Definitions)
            {
                if (definition is not OperationDefinitionNode { VariableDefinitions.Count: > 0 } operation)
                {
                    continue;
                }

                foreach (var usage in Context.GetRecursiveVariableUsages(operation))
                {
                    var name = usage.Node.Name.Value;
                    var declaration = Declaration(operation, name);
                    if (usage.Type is null || declaration is null || Context.GetTypeFromAst(declaration.Type) is not { } variableType)
                    {
                        continue;
                    }

                    if (!IsAllowed(variableType, declaration.DefaultValue, usage.Type, usage.LocationHasDefault))
                    {
                        Report($"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{usage.Type}\".", declaration, usage.Node);
                    }
                }
            }
        }

        // The last declaration of the name, as graphql-js picks (§5.8.1 reports repeats).
        private static VariableDefinitionNode? Declaration(OperationDefinitionNode operation, string name)
        {
            var declarations = operation.VariableDefinitions;
            for (var i = declarations.Count - 1; i >= 0; i--)
            {
                if (declarations[i].Variable.Name.Value == name)
                {
                    return declarations[i];
                }
            }

            return null;
        }

        // Spec §5.8.5 IsVariableUsageAllowed.
        private bool IsAllowed(GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, bool locationHasDefault)
        {
            if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
            {
                var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
                return (hasNonNullVariableDefault || locationHasDefault) && AreTypesCompatible(variableType, nonNullLocation.OfType);
            }

            return AreTypesCompatible(variableType, locationType);
        }

        // Spec §5.8.5 AreTypesCompatible, plus abstract output types as graphql-js's isTypeSubTypeOf allows, which
        // matters only for variables wrongly declared with output types (already reported by §5.8.2).
        private bool AreTypesCompatible(GraphQLType variableType, GraphQLType locationType)
        {
            while (true)
            {
                if (locationType is NonNullType locationNonNull)
                {
                    if (variableType is not NonNullType variableNonNull)
                    {
                        return false;
                    }

                    (variableType, locationType) = (variableNonNull.OfType, locationNonNull.OfType);
                }
                else if (variableType is NonNullType variableNonNull)
                {
                    variableType = variableNonNull.OfType;
                }
                else if (locationType is ListType locationList)
                {
                    if (variableType is not ListType variableList)
                    {
                        return false;
                    }

                    (variableType, locationType) = (variableList.OfType, locationList.OfType);
                }
                else if (variableType is ListType)
                {
                    return false;
                }
                else
                {
                    return ReferenceEquals(variableType, locationType)
                        || (locationType.IsAbstractType && variableType is ComplexOutputType && Context.Schema.IsSubType((NamedType)locationType, (NamedType)variableType));
                }
            }
        }
    }
}
