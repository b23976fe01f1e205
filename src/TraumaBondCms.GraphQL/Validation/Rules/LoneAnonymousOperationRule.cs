using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Validation.Rules;

/// <summary>
/// §5.2.2.1 Lone Anonymous Operation (https://spec.graphql.org/October2021/#sec-Lone-Anonymous-Operation): an
/// anonymous operation (including the <c>{ ... }</c> shorthand) must be the document's only operation, since
/// nothing could select it otherwise. Each anonymous operation among several is reported.
/// </summary>
public sealed class LoneAnonymousOperationRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Name => "LoneAnonymousOperation";

    /// <inheritdoc/>
    public override string SpecSection => "5.2.2.1";

    /// <inheritdoc/>
    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, ValidationRule rule) : ValidationVisitor(context, rule)
    {
        protected override VisitAction EnterDocument(DocumentNode node, AstWalkContext context)
        {
            var operations = 0;
            foreach (var definition in node.Definitions)
            {
                operations += definition is OperationDefinitionNode ? 1 : 0;
            }

            if (operations > 1)
            {
                foreach (var definition in node.Definitions)
                {
                    if (definition is OperationDefinitionNode { Name: null } anonymous)
                    {
                        Report("This anonymous operation must be the only defined operation.", anonymous);
                    }
                }
            }

            return VisitAction.SkipChildren;
        }
    }
}
