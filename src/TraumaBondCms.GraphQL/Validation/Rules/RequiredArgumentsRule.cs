using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Validation.Rules;

/// <summary>
/// §5.4.2.1 Required Arguments (https://spec.graphql.org/October2021/#sec-Required-Arguments): every argument
/// of non-null type without a default value is given, on fields and directives alike. (Giving it the value
/// <c>null</c> is rejected by §5.6.1.) One error per missing argument.
/// </summary>
public sealed class RequiredArgumentsRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Name => "RequiredArguments";

    /// <inheritdoc/>
    public override string SpecSection => "5.4.2.1";

    /// <inheritdoc/>
    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, ValidationRule rule) : ValidationVisitor(context, rule)
    {
        protected override VisitAction EnterField(FieldNode node, AstWalkContext context)
        {
            if (Context.FieldDefinition is { } field)
            {
                Check(field.Arguments, node.Arguments, node, "Field \"", field.Name);
            }

            return VisitAction.Continue;
        }

        protected override VisitAction EnterDirective(DirectiveNode node, AstWalkContext context)
        {
            if (Context.Directive is { } directive)
            {
                Check(directive.Arguments, node.Arguments, node, "Directive \"@", directive.Name);
            }

            return VisitAction.SkipChildren;
        }

        // The message is built only on failure: this runs for every field.
        private void Check(IReadOnlyList<InputValueDefinition> definitions, IReadOnlyList<ArgumentNode> given, Node node, string ownerPrefix, string ownerName)
        {
            for (var i = 0; i < definitions.Count; i++)
            {
                var definition = definitions[i];
                if (definition.IsRequired && !IsGiven(given, definition.Name))
                {
                    Report($"{ownerPrefix}{ownerName}\" argument \"{definition.Name}\" of type \"{definition.Type}\" is required, but it was not provided.", node);
                }
            }
        }

        private static bool IsGiven(IReadOnlyList<ArgumentNode> given, string name)
        {
            for (var i = 0; i < given.Count; i++)
            {
                if (given[i].Name.Value == name)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
