using TraumaBondCms.GraphQL.Errors;
using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (https://spec.graphql.org/October2021/#sec-Validation):
/// every rule of <see cref="ValidationOptions.Rules"/> (by default <see cref="SpecifiedRules.All"/>) runs in one
/// walk of the document. Stateless and thread safe: call it concurrently with shared schemas and documents.
/// </summary>
public static class DocumentValidator
{
    /// <summary>
    /// Returns every problem found, in document order per rule; an empty list means the document is valid.
    /// Each error has a message, the locations of the nodes involved, <c>extensions.code</c>
    /// <c>GRAPHQL_VALIDATION_FAILED</c> and <c>extensions.rule</c> naming the rule. At most
    /// <see cref="ValidationOptions.MaxErrors"/> errors are reported, plus one saying validation stopped.
    /// </summary>
    /// <param name="schema">A built schema.</param>
    /// <param name="document">A parsed document; type-system definitions in it are reported as not executable (§5.1.1).</param>
    /// <param name="options">Rules and error limit; null means <see cref="ValidationOptions.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">When <see cref="ValidationOptions.MaxErrors"/> is below 1.</exception>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        options ??= ValidationOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxErrors, 1, nameof(options));

        var context = new ValidationContext(schema, document, options.MaxErrors);
        var visitors = new ValidationVisitor[options.Rules.Count];
        for (var i = 0; i < visitors.Length; i++)
        {
            visitors[i] = options.Rules[i].CreateVisitor(context);
        }

        try
        {
            AstWalker.Walk(document, new RuleDispatcher(context, visitors));
        }
        catch (ValidationContext.ValidationAbortedException)
        {
            // The error limit was reached; the context already holds the closing error.
        }

        return context.Errors;
    }
}
