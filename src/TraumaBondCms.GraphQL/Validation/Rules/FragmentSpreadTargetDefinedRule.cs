using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Validation.Rules;

/// <summary>
/// §5.5.2.1 Fragment spread target defined (https://spec.graphql.org/October2021/#sec-Fragment-spread-target-defined):
/// every fragment spread names a fragment defined in the document.
/// </summary>
public sealed class FragmentSpreadTargetDefinedRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Name => "FragmentSpreadTargetDefined";

    /// <inheritdoc/>
    public override string SpecSection => "5.5.2.1";

    /// <inheritdoc/>
    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, ValidationRule rule) : ValidationVisitor(context, rule)
    {
        protected override VisitAction EnterFragmentSpread(FragmentSpreadNode node, AstWalkContext context)
        {
            if (Context.GetFragment(node.Name.Value) is null)
            {
                Report($"Unknown fragment \"{node.Name.Value}\".", node.Name);
            }

            return VisitAction.SkipChildren;
        }
    }
}
