using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Validation.Rules;

/// <summary>
/// §5.1.1 Executable Definitions (https://spec.graphql.org/October2021/#sec-Executable-Definitions): a document
/// sent for execution holds only operations and fragments. Each type-system definition or extension is
/// reported once; the other rules do not look inside it.
/// </summary>
public sealed class ExecutableDefinitionsRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Name => "ExecutableDefinitions";

    /// <inheritdoc/>
    public override string SpecSection => "5.1.1";

    /// <inheritdoc/>
    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, ValidationRule rule) : ValidationVisitor(context, rule)
    {
        protected override VisitAction EnterDocument(DocumentNode node, AstWalkContext context)
        {
            foreach (var definition in node.Definitions)
            {
                var what = definition switch
                {
                    ExecutableDefinitionNode => null,
                    SchemaDefinitionNode or SchemaExtensionNode => "The schema definition",
                    DirectiveDefinitionNode directive => $"The directive definition \"@{directive.Name.Value}\"",
                    TypeDefinitionNode type => $"The type definition \"{type.Name.Value}\"",
                    TypeExtensionNode extension => $"The type extension \"{extension.Name.Value}\"",
                    _ => "This definition",
                };
                if (what is not null)
                {
                    Report($"{what} is not executable: a request may contain only operations and fragments.", definition);
                }
            }

            return VisitAction.SkipChildren;
        }
    }
}
