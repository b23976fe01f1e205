using TraumaBondCms.GraphQL.Errors;
using TraumaBondCms.GraphQL.Execution;
using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Validation;

/// <summary>
/// The executor's default validator: every rule of spec §5 (<see cref="SpecifiedRules.All"/>) through
/// <see cref="DocumentValidator"/>. Stateless and thread-safe.
/// </summary>
public sealed class SpecDocumentValidator : IDocumentValidator
{
    private readonly ValidationOptions? _options;

    /// <summary>Creates a validator with the given options (null: the specified rules, default error limit).</summary>
    public SpecDocumentValidator(ValidationOptions? options = null) => _options = options;

    /// <summary>The shared instance with default options.</summary>
    public static SpecDocumentValidator Instance { get; } = new();

    /// <inheritdoc />
    public IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document) => DocumentValidator.Validate(schema, document, _options);
}
