using Microsoft.AspNetCore.Http;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Http;

/// <summary>
/// Holds one current schema that <see cref="Swap"/> replaces atomically: requests already running finish on
/// the schema they started with, later ones get the new one, and cached documents of the old schema are no
/// longer hit. Thread safe.
/// </summary>
public sealed class SwappableSchemaProvider : ISchemaProvider
{
    private Schema _current;

    /// <summary>Creates the provider with its first schema.</summary>
    public SwappableSchemaProvider(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _current = schema;
    }

    /// <summary>The schema new requests get.</summary>
    public Schema Current => Volatile.Read(ref _current);

    /// <summary>Makes <paramref name="schema"/> the schema of every request that starts from now on.</summary>
    public void Swap(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Volatile.Write(ref _current, schema);
    }

    /// <inheritdoc/>
    public ValueTask<Schema> GetSchemaAsync(HttpContext context) => new(Current);
}
