using System.Collections;
using System.Text.Json;
using TraumaBondCms.GraphQL.Errors;

namespace TraumaBondCms.GraphQL.Execution;

/// <summary>
/// Finds the query text of a request under Apollo's persisted query protocol: a hash alone is looked up; a
/// hash with text is checked and registered; with <see cref="PersistedQueryOptions.OnlyRegisteredQueries"/>,
/// every text must already be registered. Thread safe.
/// </summary>
internal static class PersistedQueryResolver
{
    public static async ValueTask<(string? Query, GraphQLError? Error)> ResolveAsync(GraphQLRequest request, PersistedQueryOptions? options, CancellationToken cancellationToken)
    {
        var extension = request.Extensions?.GetValueOrDefault("persistedQuery");
        if (extension is null or JsonElement { ValueKind: JsonValueKind.Null })
        {
            if (options is { OnlyRegisteredQueries: true } && request.Query is { } text
                && await options.Store.GetAsync(InMemoryPersistedQueryStore.ComputeHash(text), cancellationToken).ConfigureAwait(false) is null)
            {
                return (null, Error("Only registered queries may run on this server.", ExecutionErrorCodes.PersistedQueryNotAllowed));
            }

            return (request.Query, null);
        }

        if (options is null)
        {
            return (null, Error("Persisted queries are not supported by this server.", ExecutionErrorCodes.PersistedQueryNotSupported));
        }

        if (!TryRead(extension, out var version, out var hash))
        {
            return (null, Error("The persistedQuery extension must be an object with \"version\" and \"sha256Hash\".", ExecutionErrorCodes.BadRequest));
        }

        if (version != 1)
        {
            return (null, Error($"Persisted query version {version} is not supported; use version 1.", ExecutionErrorCodes.PersistedQueryNotSupported));
        }

        hash = hash.ToLowerInvariant();
        if (request.Query is null)
        {
            var stored = await options.Store.GetAsync(hash, cancellationToken).ConfigureAwait(false);
            // Apollo clients resend the text when they see this exact message or the code.
            return stored is null ? (null, Error("PersistedQueryNotFound", ExecutionErrorCodes.PersistedQueryNotFound)) : (stored, null);
        }

        if (InMemoryPersistedQueryStore.ComputeHash(request.Query) != hash)
        {
            return (null, Error("The sha256Hash of the persistedQuery extension is not the hash of the query text.", ExecutionErrorCodes.PersistedQueryHashMismatch));
        }

        if (options.OnlyRegisteredQueries)
        {
            return await options.Store.GetAsync(hash, cancellationToken).ConfigureAwait(false) is null
                ? (null, Error("Only registered queries may run on this server.", ExecutionErrorCodes.PersistedQueryNotAllowed))
                : (request.Query, null);
        }

        await options.Store.RegisterAsync(hash, request.Query, cancellationToken).ConfigureAwait(false);
        return (request.Query, null);
    }

    // The extension arrives as JSON from HTTP or as a dictionary from code.
    private static bool TryRead(object extension, out long version, out string hash)
    {
        version = 0;
        hash = string.Empty;
        switch (extension)
        {
            case JsonElement { ValueKind: JsonValueKind.Object } json:
                if (json.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out version)
                    && json.TryGetProperty("sha256Hash", out var h) && h.ValueKind == JsonValueKind.String)
                {
                    hash = h.GetString()!;
                    return true;
                }

                return false;
            case IReadOnlyDictionary<string, object?> entries:
                return TryReadEntries(entries.GetValueOrDefault("version"), entries.GetValueOrDefault("sha256Hash"), out version, out hash);
            case IDictionary entries:
                return TryReadEntries(entries["version"], entries["sha256Hash"], out version, out hash);
            default:
                return false;
        }
    }

    private static bool TryReadEntries(object? version, object? hash, out long versionNumber, out string hashText)
    {
        versionNumber = version is int or long ? Convert.ToInt64(version, System.Globalization.CultureInfo.InvariantCulture) : 0;
        hashText = hash as string ?? string.Empty;
        return version is int or long && hash is string;
    }

    private static GraphQLError Error(string message, string code) => GraphQLError.WithCode(message, code);
}
