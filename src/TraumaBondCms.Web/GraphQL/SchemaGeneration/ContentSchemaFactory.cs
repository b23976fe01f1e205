using Microsoft.Extensions.Options;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Workflow;
using TraumaBondCms.GraphQL.Types;
using TraumaBondCms.Web.GraphQL.Resolvers;

namespace TraumaBondCms.Web.GraphQL.SchemaGeneration;

/// <summary>
/// Generates the content GraphQL schema from content definitions: the shared types, per content type an object type
/// (implementing <c>ContentItem</c>), connection, filter, order and input types, the query and mutation roots, and
/// whatever the registered <see cref="IContentSchemaContributor"/>s add. Thread-safe; each call builds a new schema.
/// </summary>
public sealed class ContentSchemaFactory(IEnumerable<IContentSchemaContributor> contributors, IOptions<ContentGraphQLOptions> options)
{
    /// <summary>
    /// Builds the schema of <paramref name="catalog"/>, with a <c>WorkflowStatus</c> enum of <paramref name="workflows"/>'
    /// statuses (none given: only the statuses every item can reach); throws <see cref="SchemaValidationException"/> listing every problem.
    /// </summary>
    public Schema Build(ContentDefinitionCatalog catalog, IEnumerable<WorkflowDefinition>? workflows = null) =>
        Build(catalog, new WorkflowStatusEnum(workflows ?? []));

    internal Schema Build(ContentDefinitionCatalog catalog, WorkflowStatusEnum statuses)
    {
        var model = new ContentSchemaModel(catalog);
        var builder = new SchemaBuilder().Description("TraumaBond CMS content: clinically reviewed articles, FAQs, resources and topics.");
        var schema = new ContentSchemaContext(builder, model, options.Value, statuses);
        builder.AddObjectType("Query", q => q.Description("Published content for everyone; drafts with the ViewDrafts permission or a preview token."));
        builder.AddObjectType("Mutation", m => m.Description("Editing and clinical review, for signed-in editors and reviewers."));
        foreach (var shape in model.Shapes)
        {
            schema.WhereModels[shape.ContentType] = new WhereModel();
        }

        SharedSchemaTypes.Add(schema);
        if (model.Shapes.Count > 0)
        {
            builder.AddEnumType("ContentTypeName", e =>
            {
                e.Description("The content types.");
                foreach (var shape in model.Shapes)
                {
                    e.Value(shape.ContentType, v => v.Description(shape.Definition.Description));
                }
            });
        }

        foreach (var shape in model.Shapes)
        {
            ContentObjectTypes.Add(schema, shape);
            ContentFilterTypes.Add(schema, shape);
        }

        ContentQueryFields.Add(schema);
        ContentMutationFields.Add(schema);
        foreach (var contributor in contributors)
        {
            contributor.Contribute(schema);
        }

        return builder.Build();
    }
}
