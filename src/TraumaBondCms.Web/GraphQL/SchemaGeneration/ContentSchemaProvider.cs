using Microsoft.AspNetCore.Http;
using TraumaBondCms.Core.Content;
using TraumaBondCms.GraphQL.Http;
using TraumaBondCms.GraphQL.Types;
using TraumaBondCms.Web.Content;

namespace TraumaBondCms.Web.GraphQL.SchemaGeneration;

/// <summary>
/// The current content schema: generated from the definitions when first asked for, and regenerated whenever
/// <see cref="ContentDefinitionCache.Changed"/> reports new definitions (a recipe ran). Requests already running finish
/// on the schema they started with. A rebuild that fails keeps the previous schema and is logged. Thread-safe.
/// </summary>
public sealed class ContentSchemaProvider : ISchemaProvider
{
    private readonly ContentSchemaFactory _factory;
    private readonly ILogger<ContentSchemaProvider> _logger;
    private readonly object _gate = new();
    private SwappableSchemaProvider? _schemas;
    private ContentDefinitionCatalog? _built;

    /// <summary>Creates the provider and subscribes to definition changes.</summary>
    public ContentSchemaProvider(ContentDefinitionCache definitions, ContentSchemaFactory factory, ILogger<ContentSchemaProvider> logger)
    {
        _factory = factory;
        _logger = logger;
        Definitions = definitions;
        definitions.Changed += Rebuild;
    }

    /// <summary>The definitions the schema follows.</summary>
    public ContentDefinitionCache Definitions { get; }

    /// <summary>The schema new requests get.</summary>
    public Schema Current
    {
        get
        {
            if (Volatile.Read(ref _schemas) is { } schemas)
            {
                return schemas.Current;
            }

            Rebuild(Definitions.Catalog);
            return _schemas!.Current;
        }
    }

    /// <inheritdoc />
    public ValueTask<Schema> GetSchemaAsync(HttpContext context) => new(Current);

    private void Rebuild(ContentDefinitionCatalog catalog)
    {
        lock (_gate)
        {
            if (ReferenceEquals(catalog, _built))
            {
                return;
            }

            Schema schema;
            try
            {
                schema = _factory.Build(catalog);
            }
            catch (Exception e) when (_schemas is not null)
            {
                // A recipe has already committed its definitions; failing here would only hide that it did.
                _logger.LogError(e, "The content schema could not be rebuilt for the new definitions; the previous schema stays in use.");
                return;
            }

            if (_schemas is null)
            {
                Volatile.Write(ref _schemas, new SwappableSchemaProvider(schema));
            }
            else
            {
                _schemas.Swap(schema);
            }

            _built = catalog;
            _logger.LogInformation("Content GraphQL schema built for {Count} content types.", catalog.Types.Count);
        }
    }
}
