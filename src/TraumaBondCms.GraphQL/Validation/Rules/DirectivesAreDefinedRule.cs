using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Validation.Rules;

/// <summary>
/// §5.7.1 Directives Are Defined (https://spec.graphql.org/October2021/#sec-Directives-Are-Defined): every
/// directive used is defined by the schema (built-in or custom).
/// </summary>
public sealed class DirectivesAreDefinedRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Name => "DirectivesAreDefined";

    /// <inheritdoc/>
    public override string SpecSection => "5.7.1";

    /// <inheritdoc/>
    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, ValidationRule rule) : ValidationVisitor(context, rule)
    {
        protected override VisitAction EnterDirective(DirectiveNode node, AstWalkContext context)
        {
            if (Context.Directive is null)
            {
                var known = Context.Schema.Directives.Select(directive => directive.Name);
                Report($"Unknown directive \"@{node.Name.Value}\".{Suggestions.DidYouMean(node.Name.Value, known, "@")}", node);
            }

            return VisitAction.SkipChildren;
        }
    }
}
