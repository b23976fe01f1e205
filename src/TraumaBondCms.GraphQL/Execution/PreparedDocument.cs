using System.Collections.Concurrent;
using TraumaBondCms.GraphQL.Errors;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Execution;

/// <summary>
/// A query text parsed and validated against one schema: the document when it parsed, and the syntax or
/// validation errors (empty when it may be executed). What <see cref="DocumentCache"/> stores. Immutable apart
/// from per-operation analysis it memoizes; thread safe.
/// </summary>
public sealed class PreparedDocument
{
    private readonly ConcurrentDictionary<OperationDefinitionNode, OperationAnalysis> _analyses = new(ReferenceEqualityComparer.Instance);

    /// <summary>Creates a prepared document.</summary>
    /// <param name="document">The parsed document, or null when the text did not parse.</param>
    /// <param name="errors">Syntax or validation errors; empty when the document is valid.</param>
    /// <exception cref="ArgumentException">When there is neither a document nor an error.</exception>
    public PreparedDocument(DocumentNode? document, IReadOnlyList<GraphQLError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (document is null && errors.Count == 0)
        {
            throw new ArgumentException("A document that did not parse needs at least one error.", nameof(errors));
        }

        Document = document;
        Errors = errors;
    }

    /// <summary>The parsed document, or null when the text has a syntax error.</summary>
    public DocumentNode? Document { get; }

    /// <summary>Syntax or validation errors; empty when the document may be executed.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>True when the document parsed and passed validation.</summary>
    public bool IsValid => Document is not null && Errors.Count == 0;

    // Variable-independent facts about an operation, computed on first use and kept with the cached document.
    internal OperationAnalysis Analyze(OperationDefinitionNode operation, Func<OperationDefinitionNode, OperationAnalysis> analyze) =>
        _analyses.GetOrAdd(operation, analyze);
}
