using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Validation.Rules;

/// <summary>
/// §5.6.2 Input Object Field Names (https://spec.graphql.org/October2021/#sec-Input-Object-Field-Names): every
/// field of an input object literal is defined by the expected input object type.
/// </summary>
public sealed class InputObjectFieldNamesRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Name => "InputObjectFieldNames";

    /// <inheritdoc/>
    public override string SpecSection => "5.6.2";

    /// <inheritdoc/>
    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, ValidationRule rule) : ValidationVisitor(context, rule)
    {
        protected override VisitAction EnterListValue(ListValueNode node, AstWalkContext context) =>
            ValueShapes.IsMisplacedList(Context) ? VisitAction.SkipChildren : VisitAction.Continue;

        protected override VisitAction EnterObjectValue(ObjectValueNode node, AstWalkContext context) =>
            ValueShapes.IsMisplacedObject(Context) ? VisitAction.SkipChildren : VisitAction.Continue;

        protected override VisitAction EnterObjectField(ObjectFieldNode node, AstWalkContext context)
        {
            if (Context.InputType is null && Context.ParentInputType?.GetNamedType() is InputObjectType type)
            {
                var name = node.Name.Value;
                var known = type.Fields.Select(field => field.Name);
                Report($"Field \"{name}\" is not defined by type \"{type.Name}\".{Suggestions.DidYouMean(name, known)}", node);
            }

            return VisitAction.Continue;
        }
    }
}
