using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Validation.Rules;

/// <summary>
/// §5.4.1 Argument Names (https://spec.graphql.org/October2021/#sec-Argument-Names): every argument given to a
/// field or directive is defined by it. Arguments of unknown fields and directives are not checked (§5.3.1
/// and §5.7.1 report those).
/// </summary>
public sealed class ArgumentNamesRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Name => "ArgumentNames";

    /// <inheritdoc/>
    public override string SpecSection => "5.4.1";

    /// <inheritdoc/>
    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, ValidationRule rule) : ValidationVisitor(context, rule)
    {
        protected override VisitAction EnterArgument(ArgumentNode node, AstWalkContext context)
        {
            if (Context.Argument is not null)
            {
                return VisitAction.SkipChildren;
            }

            var name = node.Name.Value;
            if (context.Parent is DirectiveNode)
            {
                if (Context.Directive is { } directive)
                {
                    var known = directive.Arguments.Select(argument => argument.Name);
                    Report($"Unknown argument \"{name}\" on directive \"@{directive.Name}\".{Suggestions.DidYouMean(name, known)}", node);
                }
            }
            else if (Context.FieldDefinition is { } field && Context.ParentType is { } parentType)
            {
                var known = field.Arguments.Select(argument => argument.Name);
                Report($"Unknown argument \"{name}\" on field \"{parentType.Name}.{field.Name}\".{Suggestions.DidYouMean(name, known)}", node);
            }

            return VisitAction.SkipChildren;
        }
    }
}
