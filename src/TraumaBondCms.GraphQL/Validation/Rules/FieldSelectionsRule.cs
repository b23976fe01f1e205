using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Validation.Rules;

/// <summary>
/// §5.3.1 Field Selections (https://spec.graphql.org/October2021/#sec-Field-Selections): every selected field
/// is defined on the type it is selected on (object, interface or union; only <c>__typename</c> on a union).
/// Fields below an unknown field are not checked again.
/// </summary>
public sealed class FieldSelectionsRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Name => "FieldSelections";

    /// <inheritdoc/>
    public override string SpecSection => "5.3.1";

    /// <inheritdoc/>
    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, ValidationRule rule) : ValidationVisitor(context, rule)
    {
        protected override VisitAction EnterField(FieldNode node, AstWalkContext context)
        {
            if (Context.ParentType is { } parentType && Context.FieldDefinition is null)
            {
                var known = parentType is ComplexOutputType complex ? complex.Fields.Select(field => field.Name) : [];
                Report($"Cannot query field \"{node.Name.Value}\" on type \"{parentType.Name}\".{Suggestions.DidYouMean(node.Name.Value, known)}", node);
            }

            return VisitAction.Continue;
        }
    }
}
