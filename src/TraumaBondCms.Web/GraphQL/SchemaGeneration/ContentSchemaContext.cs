using TraumaBondCms.Core.Content;
using TraumaBondCms.GraphQL.Types;
using TraumaBondCms.GraphQL.Types.Builders;
using TraumaBondCms.Web.GraphQL.Resolvers;

namespace TraumaBondCms.Web.GraphQL.SchemaGeneration;

/// <summary>
/// The content schema while it is being built, as <see cref="IContentSchemaContributor"/>s see it: the builder with every
/// generated type already added, the catalog it was generated from, and the GraphQL names of content types. Not thread-safe;
/// valid only during one build.
/// </summary>
public sealed class ContentSchemaContext
{
    /// <summary>The interface every content object type implements.</summary>
    public const string ContentItemType = "ContentItem";

    /// <summary>The Relay interface of objects with a global id; every content object type implements it.</summary>
    public const string NodeType = "Node";

    internal ContentSchemaContext(SchemaBuilder builder, ContentSchemaModel model, ContentGraphQLOptions options, WorkflowStatusEnum workflowStatuses)
    {
        Builder = builder;
        Model = model;
        Options = options;
        WorkflowStatuses = workflowStatuses;
        ReviewedTypes = model.Catalog.Types.Where(t => t.Workflow is not null || t.ReviewIntervalMonths is not null).Select(t => t.Name).ToArray();
    }

    /// <summary>The schema builder; add types to it, or fields to <see cref="Query"/> and <see cref="Mutation"/>.</summary>
    public SchemaBuilder Builder { get; }

    /// <summary>The content definitions the schema is generated from.</summary>
    public ContentDefinitionCatalog Catalog => Model.Catalog;

    /// <summary>The query root type.</summary>
    public ObjectTypeBuilder Query => Builder.GetObjectType("Query");

    /// <summary>The mutation root type.</summary>
    public ObjectTypeBuilder Mutation => Builder.GetObjectType("Mutation");

    internal ContentSchemaModel Model { get; }

    internal ContentGraphQLOptions Options { get; }

    /// <summary>The <c>WorkflowStatus</c> enum of this schema.</summary>
    internal WorkflowStatusEnum WorkflowStatuses { get; }

    /// <summary>The list size of every connection: <c>first</c>/<c>last</c>, else the default page size, at most the maximum.</summary>
    internal ListSize PageSize => ListSize.Connection(Options.DefaultPageSize, Options.MaxPageSize);

    /// <summary>Types whose published items show a clinical review.</summary>
    internal IReadOnlyList<string> ReviewedTypes { get; }

    /// <summary>The filter model of each type's <c>...Where</c> input, by content type.</summary>
    internal Dictionary<string, WhereModel> WhereModels { get; } = new(StringComparer.Ordinal);

    /// <summary>The filter model of <c>ContentItemWhere</c>.</summary>
    internal WhereModel ContentItemWhere { get; } = new();

    /// <summary>The GraphQL object type of a content type; null when the catalog has no such type.</summary>
    public string? ObjectTypeOf(string contentType) => Model.Find(contentType)?.ObjectName;
}
