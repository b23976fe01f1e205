using TraumaBondCms.GraphQL.Errors;

namespace TraumaBondCms.GraphQL.Execution;

/// <summary>
/// An exception whose message is meant for the client. A resolver throws it to report a field error with its
/// own message and <c>extensions.code</c> (https://spec.graphql.org/October2021/#sec-Errors.Field-errors);
/// every other exception a resolver throws is reported as "Internal error" with code
/// <see cref="ExecutionErrorCodes.InternalError"/>, its details going only to the logging hook.
/// </summary>
public class GraphQLException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Shown to the client as the error message; must not contain secrets.</param>
    /// <param name="code">The <c>extensions.code</c>, or null for none.</param>
    /// <param name="extensions">Further extension entries shown to the client, or null; <c>code</c> wins over an entry of that name.</param>
    /// <param name="innerException">The cause, for logs only; never shown to the client.</param>
    public GraphQLException(string message, string? code = null, IReadOnlyDictionary<string, object?>? extensions = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        Extensions = extensions;
    }

    /// <summary>The <c>extensions.code</c> reported to the client, or null.</summary>
    public string? Code { get; }

    /// <summary>Extension entries reported to the client besides <c>code</c>, or null.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    // Set by the engine when the error points at a literal (a bad argument) rather than at the whole field.
    internal IReadOnlyList<Language.SourceLocation>? Locations { get; init; }

    /// <summary>The extensions as they go into the response: <see cref="Extensions"/> plus <c>code</c>; null when both are absent.</summary>
    internal IReadOnlyDictionary<string, object?>? ResponseExtensions()
    {
        if (Code is null)
        {
            return Extensions is { Count: > 0 } ? Extensions : null;
        }

        var merged = Extensions is null ? new Dictionary<string, object?>() : new Dictionary<string, object?>(Extensions);
        merged["code"] = Code;
        return merged;
    }

    /// <summary>The error as it goes into a response, with the given locations and path.</summary>
    internal GraphQLError ToError(IReadOnlyList<Language.SourceLocation>? locations, IReadOnlyList<object>? path) =>
        new(Message, Locations ?? locations, path, ResponseExtensions());
}
