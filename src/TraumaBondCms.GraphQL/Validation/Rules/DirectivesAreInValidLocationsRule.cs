using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Validation.Rules;

/// <summary>
/// §5.7.2 Directives Are In Valid Locations (https://spec.graphql.org/October2021/#sec-Directives-Are-In-Valid-Locations):
/// a directive is used only at a location its definition lists (e.g. <c>@skip</c> on FIELD, never on QUERY).
/// </summary>
public sealed class DirectivesAreInValidLocationsRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Name => "DirectivesAreInValidLocations";

    /// <inheritdoc/>
    public override string SpecSection => "5.7.2";

    /// <inheritdoc/>
    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, ValidationRule rule) : ValidationVisitor(context, rule)
    {
        protected override VisitAction EnterDirective(DirectiveNode node, AstWalkContext context)
        {
            if (Context.Directive is { } directive && LocationOf(context.Parent) is { } location && !directive.Locations.Contains(location))
            {
                Report($"Directive \"@{directive.Name}\" may not be used on {location.ToName()}.", node);
            }

            return VisitAction.SkipChildren;
        }

        private static DirectiveLocation? LocationOf(Node? appliedTo) => appliedTo switch
        {
            OperationDefinitionNode { Operation: OperationType.Query } => DirectiveLocation.Query,
            OperationDefinitionNode { Operation: OperationType.Mutation } => DirectiveLocation.Mutation,
            OperationDefinitionNode => DirectiveLocation.Subscription,
            FieldNode => DirectiveLocation.Field,
            FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
            FragmentSpreadNode => DirectiveLocation.FragmentSpread,
            InlineFragmentNode => DirectiveLocation.InlineFragment,
            VariableDefinitionNode => DirectiveLocation.VariableDefinition,
            _ => null,
        };
    }
}
