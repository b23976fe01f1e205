using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Validation.Rules;

/// <summary>
/// §5.5.2.3 Fragment spread is possible (https://spec.graphql.org/October2021/#sec-Fragment-spread-is-possible):
/// a fragment (spread or inline) is used only where some object type could satisfy both the enclosing type
/// and the fragment's type condition (§5.5.2.3.1–4: object, abstract, and abstract-in-abstract scopes).
/// </summary>
public sealed class FragmentSpreadIsPossibleRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Name => "FragmentSpreadIsPossible";

    /// <inheritdoc/>
    public override string SpecSection => "5.5.2.3";

    /// <inheritdoc/>
    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, ValidationRule rule) : ValidationVisitor(context, rule)
    {
        protected override VisitAction EnterInlineFragment(InlineFragmentNode node, AstWalkContext context)
        {
            if (Context.Type is NamedType { IsCompositeType: true } fragmentType
                && Context.ParentType is { IsCompositeType: true } parentType
                && !Overlap(fragmentType, parentType))
            {
                Report($"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".", node);
            }

            return VisitAction.Continue;
        }

        protected override VisitAction EnterFragmentSpread(FragmentSpreadNode node, AstWalkContext context)
        {
            if (Context.GetFragment(node.Name.Value) is { } fragment
                && Context.GetNamedType(fragment.TypeCondition.Name.Value) is { IsCompositeType: true } fragmentType
                && Context.ParentType is { IsCompositeType: true } parentType
                && !Overlap(fragmentType, parentType))
            {
                Report($"Fragment \"{node.Name.Value}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".", node);
            }

            return VisitAction.SkipChildren;
        }

        // True when some object type is possible in both: the possible types of the two intersect.
        private bool Overlap(NamedType a, NamedType b)
        {
            var schema = Context.Schema;
            if (ReferenceEquals(a, b))
            {
                return true;
            }

            if (a.IsAbstractType)
            {
                return b.IsAbstractType
                    ? schema.GetPossibleTypes(a).Any(possible => schema.IsSubType(b, possible))
                    : schema.IsSubType(a, b);
            }

            return b.IsAbstractType && schema.IsSubType(b, a);
        }
    }
}
