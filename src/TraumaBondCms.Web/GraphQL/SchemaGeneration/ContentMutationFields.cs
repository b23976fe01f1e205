using Microsoft.Extensions.DependencyInjection;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Data;
using TraumaBondCms.GraphQL.Execution;
using TraumaBondCms.GraphQL.Types;
using TraumaBondCms.GraphQL.Types.Builders;
using TraumaBondCms.Web.Content;
using TraumaBondCms.Web.GraphQL.Resolvers;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.GraphQL.SchemaGeneration;

/// <summary>
/// The mutation root for editors and reviewers. Every mutation is one call to the service the REST API uses
/// (<see cref="ContentService"/> for edits, publishing and unpublishing, <see cref="WorkflowService"/> for transitions,
/// <see cref="ScheduleService"/>, <see cref="CommentService"/>), so exactly the same rules apply; refusals come back
/// as coded errors (<see cref="ContentErrorCodes"/>). <c>expectedVersion</c> is the version number the caller acted on;
/// an edit or transition of a newer version is refused with CONFLICT.
/// </summary>
internal static class ContentMutationFields
{
    public static void Add(ContentSchemaContext schema)
    {
        var mutation = schema.Mutation;
        foreach (var shape in schema.Model.Shapes)
        {
            schema.Builder.AddInputObjectType(shape.InputName, t =>
            {
                t.Description($"Field values of a {shape.ObjectName}. On update, fields left out keep their value and null removes one.");
                foreach (var field in shape.Definition.Fields)
                {
                    t.Field(field.Name, ContentFieldTypes.Input(shape, field), f => f.Description(field.Hint ?? field.DisplayName));
                }
            });
            mutation.Field("create" + shape.ObjectName, $"{shape.ObjectName}!", f => f
                .Description($"Creates a draft {shape.ObjectName}; it starts in the workflow's initial status.")
                .Argument("fields", $"{shape.InputName}!")
                .Argument("culture", "String", a => a.Description("The culture it is written in (BCP 47, one the site enables); the default culture when not given."))
                .Resolve(Mutate(async (c, actor) => new ContentNode(
                    await Service<ContentService>(c).CreateAsync(shape.ContentType, ContentInputJson.ToFields(shape.Definition, Input(c, "fields")), actor, c.CancellationToken, c.Arguments.GetValueOrDefault("culture") as string),
                    Preview: true))));
            mutation.Field("translate" + shape.ObjectName, $"{shape.ObjectName}!", f => f
                .Description($"Creates a draft translation of a {shape.ObjectName} into `culture`, from `fields` or else from the source's published text; it has its own workflow and needs its own clinical signature, by a reviewer who lists its language.")
                .Argument("id", "ID!", a => a.Description("The item to translate."))
                .Argument("culture", "String!")
                .Argument("fields", shape.InputName)
                .Resolve(Mutate(async (c, actor) =>
                {
                    var id = (string)c.Arguments["id"]!;
                    var source = await Service<ContentService>(c).GetAsync(id, VersionSelector.Latest, actor, c.CancellationToken);
                    if (source.ContentType != shape.ContentType)
                    {
                        throw new ContentNotFoundException(id, shape.ContentType);
                    }

                    System.Text.Json.JsonElement? fields = c.Arguments.GetValueOrDefault("fields") is null ? null : ContentInputJson.ToFields(shape.Definition, Input(c, "fields"));
                    return new ContentNode(await Service<Localization.TranslationService>(c).TranslateAsync(id, (string)c.Arguments["culture"]!, fields, actor, c.CancellationToken), Preview: true);
                })));
            mutation.Field("update" + shape.ObjectName, $"{shape.ObjectName}!", f => f
                .Description($"Saves new values over the latest version as a new draft version (the published version stays live).")
                .Argument("id", "ID!")
                .Argument("expectedVersion", "Int!", a => a.Description("The version number edited; a newer latest version refuses the edit (CONFLICT)."))
                .Argument("fields", $"{shape.InputName}!")
                .Resolve(Mutate(async (c, actor) =>
                {
                    var content = Service<ContentService>(c);
                    var id = (string)c.Arguments["id"]!;
                    var latest = await content.GetAsync(id, VersionSelector.Latest, actor, c.CancellationToken);
                    if (latest.ContentType != shape.ContentType)
                    {
                        throw new ContentNotFoundException(id, $"{shape.ContentType}");
                    }

                    var expected = (int)c.Arguments["expectedVersion"]!;
                    if (latest.Version != expected)
                    {
                        throw new ConcurrencyConflictException(id, expected.ToString(System.Globalization.CultureInfo.InvariantCulture), latest.ETag, latest.Version);
                    }

                    // The tag read here is checked again inside the write transaction, so an edit slipping in between is refused too.
                    var saved = await content.PatchAsync(id, ContentInputJson.ToFields(shape.Definition, Input(c, "fields")), latest.ETag, actor, c.CancellationToken);
                    return new ContentNode(saved, Preview: true);
                })));
        }

        AddTransitions(mutation);
    }

    private static void AddTransitions(ObjectTypeBuilder mutation)
    {
        mutation.Field("submitForReview", "WorkflowTransitionResult!", f => Transition(f, "Sends the latest version to clinical review.")
            .Resolve(Mutate((c, actor) => TransitionAsync(c, actor, workflow => workflow.SubmitTransition?.Name ?? "submit"))));
        mutation.Field("requestChanges", "WorkflowTransitionResult!", f => Transition(f, "Returns the version in review to its editor; needs a comment (or an open one).")
            .Argument("comment", "String").Argument("field", "String", a => a.Description("The field the comment is about."))
            .Resolve(Mutate((c, actor) => TransitionAsync(c, actor, workflow => Effect(workflow, WorkflowEffect.RequestChanges, "requestChanges")))));
        mutation.Field("approve", "WorkflowTransitionResult!", f => Transition(f, "Signs the version in review as a clinical reviewer, re-entering the password (and a fresh authenticator code, for accounts with a second factor).")
            .Argument("password", "String").Argument("code", "String", a => a.Description("A fresh code from the signer's authenticator app, or a recovery code; needed when the account has a second factor."))
            .Argument("comment", "String").Argument("overrideReason", "String", a => a.Description("Why to sign despite check warnings."))
            .Resolve(Mutate((c, actor) => TransitionAsync(c, actor, workflow => Effect(workflow, WorkflowEffect.Approve, "approve")))));
        mutation.Field("transition", "WorkflowTransitionResult!", f => Transition(f, "Makes any transition of the item's workflow by name (e.g. withdraw, emergencyUnpublish, archive).")
            .Argument("name", "String!").Argument("comment", "String").Argument("field", "String").Argument("reason", "String")
            .Argument("overrideReason", "String").Argument("password", "String").Argument("code", "String", a => a.Description("For signatures: a fresh authenticator code (or a recovery code) beside the password."))
            .Resolve(Mutate((c, actor) => TransitionAsync(c, actor, _ => (string)c.Arguments["name"]!))));
        mutation.Field("publish", "ContentItem!", f => f
            .Description("Publishes the latest version (for reviewed types: the approved version, through the workflow).")
            .Argument("id", "ID!").Argument("expectedVersion", "Int")
            .Resolve(Mutate(async (c, actor) =>
            {
                var id = (string)c.Arguments["id"]!;
                var versionId = await VersionIdAsync(c, actor, id);
                return new ContentNode(await Service<ContentService>(c).PublishAsync(id, versionId is null ? null : "\"" + versionId + "\"", actor, c.CancellationToken), Preview: true);
            })));
        mutation.Field("unpublish", "ContentItem", f => f
            .Description("Takes the published version offline; null when nothing was published.")
            .Argument("id", "ID!").Argument("reason", "String")
            .Resolve(Mutate(async (c, actor) =>
                await Service<ContentService>(c).UnpublishAsync((string)c.Arguments["id"]!, c.Arguments.GetValueOrDefault("reason") as string, actor, c.CancellationToken) is { } item
                    ? new ContentNode(item, Preview: true)
                    : null)));
        mutation.Field("schedule", "Schedule!", f => f
            .Description("Schedules a publish (of an approved version) or an unpublish at a future time.")
            .Argument("id", "ID!").Argument("action", "ScheduledAction!").Argument("at", "DateTime!").Argument("expectedVersion", "Int")
            .Resolve(Mutate(async (c, actor) =>
            {
                var id = (string)c.Arguments["id"]!;
                return await Service<ScheduleService>(c).ScheduleAsync(id, (ScheduledActionKind)c.Arguments["action"]!, (DateTimeOffset)c.Arguments["at"]!, await VersionIdAsync(c, actor, id), actor, c.CancellationToken);
            })));
        mutation.Field("addComment", "ReviewComment!", f => f
            .Description("Comments on a version (the latest when `version` is not given), optionally on a field and a character range of it.")
            .Argument("id", "ID!").Argument("body", "String!").Argument("version", "Int").Argument("field", "String")
            .Argument("rangeStart", "Int").Argument("rangeEnd", "Int").Argument("parentId", "ID")
            .Resolve(Mutate(async (c, actor) =>
            {
                var id = (string)c.Arguments["id"]!;
                return await Service<CommentService>(c).AddAsync(
                    id,
                    await VersionIdAsync(c, actor, id, "version"),
                    (string)c.Arguments["body"]!,
                    c.Arguments.GetValueOrDefault("field") as string,
                    c.Arguments.GetValueOrDefault("rangeStart") as int?,
                    c.Arguments.GetValueOrDefault("rangeEnd") as int?,
                    c.Arguments.GetValueOrDefault("parentId") as string,
                    actor,
                    c.CancellationToken);
            })));
    }

    private static FieldBuilder Transition(FieldBuilder f, string description) => f
        .Description(description)
        .Argument("id", "ID!")
        .Argument("expectedVersion", "Int", a => a.Description("The version number acted on (signatures need it); a newer version refuses the move."));

    private static string Effect(WorkflowDefinition workflow, WorkflowEffect effect, string fallback) =>
        workflow.Transitions.FirstOrDefault(t => t.Effect == effect)?.Name ?? fallback;

    private static async Task<object?> TransitionAsync(IResolveFieldContext c, Auth.CmsActor actor, Func<WorkflowDefinition, string> transition)
    {
        var id = (string)c.Arguments["id"]!;
        var workflowService = Service<WorkflowService>(c);
        var latest = await Service<ContentService>(c).GetAsync(id, VersionSelector.Latest, actor, c.CancellationToken);
        var name = workflowService.WorkflowOf(latest.ContentType) is { } workflow ? transition(workflow) : "submit";
        var input = new TransitionInput
        {
            VersionId = await VersionIdAsync(c, actor, id),
            Comment = c.Arguments.GetValueOrDefault("comment") as string,
            CommentField = c.Arguments.GetValueOrDefault("field") as string,
            Reason = c.Arguments.GetValueOrDefault("reason") as string,
            OverrideReason = c.Arguments.GetValueOrDefault("overrideReason") as string,
            Password = c.Arguments.GetValueOrDefault("password") as string,
            Code = c.Arguments.GetValueOrDefault("code") as string,
        };
        return await workflowService.TransitionAsync(id, name, input, actor, c.CancellationToken);
    }

    // The id of the version numbered by the argument, or null when it was not given.
    private static async Task<string?> VersionIdAsync(IResolveFieldContext c, Auth.CmsActor actor, string id, string argument = "expectedVersion") =>
        c.Arguments.GetValueOrDefault(argument) is int number
            ? (await Service<ContentService>(c).GetAsync(id, VersionSelector.ByNumber(number), actor, c.CancellationToken)).ContentItemVersionId
            : null;

    private static FieldResolver Mutate(Func<IResolveFieldContext, Auth.CmsActor, Task<object?>> change) => ContentErrors.Guard(async c =>
    {
        var request = c.Request();
        request.MarkPrivate();
        if (request.Actor.UserName is null)
        {
            throw new GraphQLException("Sign in to change content: send a bearer token from POST /api/auth/token.", ContentErrorCodes.Unauthenticated);
        }

        var result = await change(c, request.Actor);
        // Later fields of the operation read what this mutation committed.
        await request.RefreshSnapshotAsync();
        return result;
    });

    private static IReadOnlyDictionary<string, object?> Input(IResolveFieldContext c, string name) => (IReadOnlyDictionary<string, object?>)c.Arguments[name]!;

    private static T Service<T>(IResolveFieldContext c)
        where T : notnull => c.Services.GetRequiredService<T>();
}
