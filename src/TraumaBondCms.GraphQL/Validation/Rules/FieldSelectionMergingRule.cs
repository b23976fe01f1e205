using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Validation.Rules;

/// <summary>
/// §5.3.2 Field Selection Merging (https://spec.graphql.org/October2021/#sec-Field-Selection-Merging): fields
/// that share a response name, directly or through fragments, can be merged into one response entry: the
/// same field with the same arguments (unless their parents are different object types, which never both
/// apply), and shapes that agree (SameResponseShape). Runs <see cref="FieldConflictFinder"/> on every selection
/// set, memoizing field maps per selection set and compared fragment pairs per run, so repeating fragments
/// does not multiply the work.
/// </summary>
public sealed class FieldSelectionMergingRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Name => "FieldSelectionMerging";

    /// <inheritdoc/>
    public override string SpecSection => "5.3.2";

    /// <inheritdoc/>
    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, ValidationRule rule) : ValidationVisitor(context, rule)
    {
        private readonly FieldConflictFinder _finder = new(context);

        protected override VisitAction EnterSelectionSet(SelectionSetNode node, AstWalkContext context)
        {
            var conflicts = _finder.FindWithinSelectionSet(Context.ParentType, node);
            if (conflicts is null)
            {
                return VisitAction.Continue;
            }

            foreach (var conflict in conflicts)
            {
                var fields = conflict.Fields1.Concat(conflict.Fields2).ToArray();
                Report(
                    $"Fields \"{conflict.ResponseName}\" conflict because {conflict.DescribeReason()}. Use different aliases on the fields to fetch both if this was intentional.",
                    [.. fields]);
            }

            return VisitAction.Continue;
        }
    }
}
