using Microsoft.AspNetCore.Http;
using TraumaBondCms.Core.Content;
using TraumaBondCms.GraphQL.Http;
using TraumaBondCms.GraphQL.Types;
using TraumaBondCms.Web.Content;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.GraphQL.SchemaGeneration;

/// <summary>
/// The current content schema: generated from the definitions and workflows when first asked for, and regenerated whenever
/// <see cref="ContentDefinitionCache.Changed"/> reports new definitions or <see cref="WorkflowCatalog.Changed"/> workflows
/// whose statuses differ (a recipe ran: the <c>WorkflowStatus</c> enum follows the workflows). Requests already running finish
/// on the schema they started with. A rebuild that fails keeps the previous schema and is logged. Thread-safe.
/// </summary>
public sealed class ContentSchemaProvider : ISchemaProvider
{
    private readonly ContentSchemaFactory _factory;
    private readonly ILogger<ContentSchemaProvider> _logger;
    private readonly object _gate = new();
    private readonly WorkflowCatalog _workflows;
    private SwappableSchemaProvider? _schemas;
    private ContentDefinitionCatalog? _built;
    private string? _builtStatuses;

    /// <summary>Creates the provider and subscribes to definition and workflow changes.</summary>
    public ContentSchemaProvider(ContentDefinitionCache definitions, WorkflowCatalog workflows, ContentSchemaFactory factory, ILogger<ContentSchemaProvider> logger)
    {
        _factory = factory;
        _logger = logger;
        _workflows = workflows;
        Definitions = definitions;
        definitions.Changed += Rebuild;
        workflows.Changed += _ => Rebuild(Definitions.Catalog);
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
            var statuses = new WorkflowStatusEnum(_workflows.All);
            if (ReferenceEquals(catalog, _built) && statuses.Key == _builtStatuses)
            {
                return;
            }

            Schema schema;
            try
            {
                schema = _factory.Build(catalog, statuses);
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
            _builtStatuses = statuses.Key;
            _logger.LogInformation("Content GraphQL schema built for {Count} content types.", catalog.Types.Count);
        }
    }
}
