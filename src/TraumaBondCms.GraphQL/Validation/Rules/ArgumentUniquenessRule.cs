using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Validation.Rules;

/// <summary>
/// §5.4.2 Argument Uniqueness (https://spec.graphql.org/October2021/#sec-Argument-Uniqueness): a field or
/// directive is given each argument at most once. One error per repeated name, locating every occurrence.
/// </summary>
public sealed class ArgumentUniquenessRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Name => "ArgumentUniqueness";

    /// <inheritdoc/>
    public override string SpecSection => "5.4.2";

    /// <inheritdoc/>
    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, ValidationRule rule) : ValidationVisitor(context, rule)
    {
        protected override VisitAction EnterField(FieldNode node, AstWalkContext context)
        {
            Check(node.Arguments);
            return VisitAction.Continue;
        }

        protected override VisitAction EnterDirective(DirectiveNode node, AstWalkContext context)
        {
            Check(node.Arguments);
            return VisitAction.SkipChildren;
        }

        private void Check(IReadOnlyList<ArgumentNode> arguments)
        {
            if (!NameGroups.HasRepeats(arguments, static argument => argument.Name.Value))
            {
                return;
            }

            foreach (var (name, occurrences) in NameGroups.Repeated(arguments, argument => argument.Name.Value))
            {
                Report($"There can be only one argument named \"{name}\".", [.. occurrences.Select(argument => argument.Name)]);
            }
        }
    }
}
