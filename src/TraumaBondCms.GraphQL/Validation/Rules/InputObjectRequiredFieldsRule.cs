using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Validation.Rules;

/// <summary>
/// §5.6.4 Input Object Required Fields (https://spec.graphql.org/October2021/#sec-Input-Object-Required-Fields):
/// an input object literal gives every field of non-null type that has no default value. One error per
/// missing field, located at the literal.
/// </summary>
public sealed class InputObjectRequiredFieldsRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Name => "InputObjectRequiredFields";

    /// <inheritdoc/>
    public override string SpecSection => "5.6.4";

    /// <inheritdoc/>
    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, ValidationRule rule) : ValidationVisitor(context, rule)
    {
        protected override VisitAction EnterListValue(ListValueNode node, AstWalkContext context) =>
            ValueShapes.IsMisplacedList(Context) ? VisitAction.SkipChildren : VisitAction.Continue;

        protected override VisitAction EnterObjectValue(ObjectValueNode node, AstWalkContext context)
        {
            if (ValueShapes.IsMisplacedObject(Context))
            {
                return VisitAction.SkipChildren;
            }

            var type = (InputObjectType)Context.InputType!.GetNamedType();
            var fields = type.Fields;
            for (var i = 0; i < fields.Count; i++)
            {
                var field = fields[i];
                if (field.IsRequired && !IsGiven(node.Fields, field.Name))
                {
                    Report($"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", node);
                }
            }

            return VisitAction.Continue;
        }

        private static bool IsGiven(IReadOnlyList<ObjectFieldNode> fields, string name)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                if (fields[i].Name.Value == name)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
