using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Validation.Rules;

/// <summary>
/// §5.6.3 Input Object Field Uniqueness (https://spec.graphql.org/October2021/#sec-Input-Object-Field-Uniqueness):
/// an input object literal gives each field at most once. Each repeat is reported with the first occurrence.
/// </summary>
public sealed class InputObjectFieldUniquenessRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Name => "InputObjectFieldUniqueness";

    /// <inheritdoc/>
    public override string SpecSection => "5.6.3";

    /// <inheritdoc/>
    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, ValidationRule rule) : ValidationVisitor(context, rule)
    {
        protected override VisitAction EnterObjectValue(ObjectValueNode node, AstWalkContext context)
        {
            var fields = node.Fields;
            if (!NameGroups.HasRepeats(fields, static field => field.Name.Value))
            {
                return VisitAction.Continue;
            }

            var first = new Dictionary<string, NameNode>(StringComparer.Ordinal);
            for (var i = 0; i < fields.Count; i++)
            {
                var name = fields[i].Name;
                if (!first.TryAdd(name.Value, name))
                {
                    Report($"There can be only one input field named \"{name.Value}\".", first[name.Value], name);
                }
            }

            return VisitAction.Continue;
        }
    }
}
