using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Data;
using TraumaBondCms.GraphQL.Types;
using TraumaBondCms.GraphQL.Types.Builders;
using TraumaBondCms.GraphQL.Types.Scalars;
using TraumaBondCms.Web.GraphQL.Resolvers;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.GraphQL.SchemaGeneration;

/// <summary>The types every content schema has, whatever the content types: scalars, enums, paging, Markdown, links, reviews, filters, and the <c>ContentItem</c> interface.</summary>
internal static class SharedSchemaTypes
{
    public static void Add(ContentSchemaContext schema)
    {
        var b = schema.Builder;
        b.AddScalarType(new DateTimeType()).AddScalarType(new DateType());
        b.AddEnumType("ContentStatus", e => e
            .Description("Which version of items to read. DRAFT and LATEST need the ViewDrafts permission or a preview token.")
            .Value("PUBLISHED", ContentStatusFilter.Published, v => v.Description("The version readers see (the default)."))
            .Value("DRAFT", ContentStatusFilter.Draft, v => v.Description("The latest version of items that have unpublished changes or were never published."))
            .Value("LATEST", ContentStatusFilter.Latest, v => v.Description("The latest version of every item, published or not.")));
        b.AddEnumType("SortDirection", e => e.Value("ASC", false, v => v.Description("Smallest first; absent values last.")).Value("DESC", true, v => v.Description("Largest first; absent values last.")));
        b.AddEnumType("ScheduledAction", e => e.Value("PUBLISH", ScheduledActionKind.Publish).Value("UNPUBLISH", ScheduledActionKind.Unpublish));
        b.AddObjectType("PageInfo", t => t
            .Description("Relay paging information of a connection.")
            .Field("hasNextPage", "Boolean!")
            .Field("hasPreviousPage", "Boolean!", f => f.Description("Paging forwards: true when an `after` cursor was given."))
            .Field("startCursor", "String")
            .Field("endCursor", "String"));
        ValueSchemaTypes.Add(b);
        schema.WorkflowStatuses.AddTo(b);
        b.AddObjectType("ClinicalReview", t => t
            .Description("Who clinically reviewed the published content and when the next review is due.")
            .Field("reviewer", "String", f => f.Description("The reviewer's name; null when no clinician has signed the published content."))
            .Field("credentials", "String", f => f.Description("The reviewer's credential when they signed, e.g. `LCSW, licence 12345 (State Board), valid to 2030-12-31`."))
            .Field("reviewedUtc", "DateTime", f => f.Description("When the published content was signed."))
            .Field("nextReviewDueUtc", "DateTime", f => f.Description("When it is due for review again; null when the type has no interval or it was never reviewed (due now)."))
            .Field("clinicallyReviewed", "Boolean!", f => f.Description("True when a clinical reviewer signed the published content."))
            .Field("sample", "Boolean!", f => f.Description("True for sample content a recipe published without clinical review (served only outside Production, for a first look)."))
            .Field("credentialConfirmedBy", "String", f => f.Description("The second administrator who confirmed the reviewer's credential; null when nobody independently did (single-administrator mode) or nobody signed."))
            .Field("credentialIndependentlyConfirmed", "Boolean!", f => f.Description("True when a second administrator confirmed the reviewer's credential (two-person rule); false in single-administrator mode."))
            .Field("statement", "String!", f => f.Description("The review in one sentence for readers, e.g. `Sample content, not clinically reviewed.`"))
            .Field("signature", "ClinicalSignature", f => f
                .Description("The reviewer's signature of the published content, for checking it independently (see `ClinicalSignature`); null when no clinician signed.")
                .Resolve(async c => c.Source is ClinicalReviewValue { ApprovalId: { } approvalId } review && await c.ApprovalAsync(review.ContentItemId, approvalId) is { } approval
                    ? new ClinicalSignatureValue(approval, c.Services.GetRequiredService<Signing.ApprovalSignatures>().Verify(approval))
                    : null)));
        ClinicalSignatureType.Add(b);
        AddFilter(b, "StringFilter", "String", "Compares text; `contains` and `startsWith` ignore case.", "eq", "ne", "in", "contains", "startsWith");
        AddFilter(b, "IDFilter", "ID", "Compares ids.", "eq", "ne", "in");
        AddFilter(b, "IntFilter", "Int", "Compares whole numbers.", "eq", "ne", "in", "lt", "lte", "gt", "gte");
        AddFilter(b, "FloatFilter", "Float", "Compares numbers.", "eq", "ne", "in", "lt", "lte", "gt", "gte");
        AddFilter(b, "BooleanFilter", "Boolean", "Compares a flag.", "eq", "ne");
        AddFilter(b, "DateTimeFilter", "DateTime", "Compares points in time.", "eq", "ne", "in", "lt", "lte", "gt", "gte");
        AddFilter(b, "DateFilter", "Date", "Compares calendar dates.", "eq", "ne", "in", "lt", "lte", "gt", "gte");
        AddContentItem(schema);
        AddWorkflowResults(b, schema.WorkflowStatuses);
    }

    /// <summary>Adds an operator input type on values of <paramref name="valueType"/>.</summary>
    public static void AddFilter(SchemaBuilder b, string name, string valueType, string description, params string[] operators) =>
        b.AddInputObjectType(name, t =>
        {
            t.Description(description + " Operators given together must all hold; on list fields each applies to any element, `ne` to every element.");
            foreach (var op in operators)
            {
                t.Field(op, op == "in" ? $"[{valueType}!]" : valueType);
            }
        });

    /// <summary>The built-in fields of a <c>...Where</c> input, bound in <paramref name="model"/>.</summary>
    public static void AddBuiltInWhereFields(InputObjectTypeBuilder t, WhereModel model, bool hasSlug)
    {
        t.Field("id", "IDFilter").Field("displayText", "StringFilter");
        model.Fields["id"] = new ScalarWhereBinding(ContentField.Id);
        model.Fields["displayText"] = new ScalarWhereBinding(ContentField.DisplayText);
        if (hasSlug)
        {
            t.Field("slug", "StringFilter");
            model.Fields["slug"] = new ScalarWhereBinding(ContentField.Slug);
        }

        foreach (var field in new[] { ContentField.CreatedUtc, ContentField.ModifiedUtc, ContentField.PublishedUtc })
        {
            t.Field(field.Name, "DateTimeFilter");
            model.Fields[field.Name] = new ScalarWhereBinding(field);
        }
    }

    /// <summary>The built-in values of an <c>...OrderField</c> enum.</summary>
    public static void AddBuiltInOrderValues(EnumTypeBuilder e, bool hasSlug)
    {
        e.Value("ID", ContentField.Id).Value("DISPLAY_TEXT", ContentField.DisplayText);
        if (hasSlug)
        {
            e.Value("SLUG", ContentField.Slug);
        }

        e.Value("CREATED_UTC", ContentField.CreatedUtc).Value("MODIFIED_UTC", ContentField.ModifiedUtc).Value("PUBLISHED_UTC", ContentField.PublishedUtc);
    }

    private static void AddContentItem(ContentSchemaContext schema)
    {
        var b = schema.Builder;
        TypeResolver resolveType = (value, _) => value is ContentNode node ? schema.Model.Find(node.Item.ContentType)?.ObjectName : null;
        b.AddInterfaceType(ContentSchemaContext.NodeType, t => t
            .Description("An object with a global id (Relay Global Object Identification): `node(id:)` fetches it again.")
            .ResolveType(resolveType)
            .Field("id", "ID!", f => f.Description("Unique across every type; the same for all versions of an item.")));
        b.AddInterfaceType(ContentSchemaContext.ContentItemType, t =>
        {
            t.Description("A version of a content item: every content type implements this.")
                .Implements(ContentSchemaContext.NodeType)
                .ResolveType(resolveType);
            foreach (var (name, type, description) in InterfaceFields)
            {
                t.Field(name, type, f => f.Description(description));
            }
        });
        b.AddObjectType("ContentItemConnection", t => t
            .Field("edges", "[ContentItemEdge!]!").Field("nodes", "[ContentItem!]!").Field("pageInfo", "PageInfo!")
            .Field("totalCount", "Int!", f => f.Resolve(TotalCount))
            .Field("cultures", "[String!]!", CulturesField));
        b.AddObjectType("ContentItemEdge", t => t.Field("cursor", "String!").Field("node", "ContentItem!"));
        b.AddInputObjectType("ContentItemWhere", t =>
        {
            t.Description("Filters on the fields every content type has.")
                .Field("AND", "[ContentItemWhere!]").Field("OR", "[ContentItemWhere!]").Field("NOT", "ContentItemWhere");
            AddBuiltInWhereFields(t, schema.ContentItemWhere, hasSlug: true);
        });
        b.AddEnumType("ContentItemOrderField", e => AddBuiltInOrderValues(e, hasSlug: true));
        b.AddInputObjectType("ContentItemOrderBy", t => t.Field("field", "ContentItemOrderField!").Field("direction", "SortDirection!", f => f.DefaultValueLiteral("ASC")));
        b.AddInputObjectType("ContentItemRelationFilter", t => t
            .Description("Filters a reference to items of any type: by the ids it holds, or by the items themselves (`some`).")
            .Field("eq", "ID").Field("ne", "ID").Field("in", "[ID!]").Field("some", "ContentItemWhere"));
    }

    /// <summary>Resolves <c>totalCount</c> on a connection.</summary>
    /// <summary>The <c>cultures</c> field of a connection: the reader's fallback chain the list was served in.</summary>
    public static void CulturesField(FieldBuilder f) => f
        .Description("The cultures the list was served in, most preferred first (the reader's fallback chain); empty when it holds every culture (an editor's list without `culture`).")
        .ListSize(ListSize.AtMost(Core.Localization.LocalizationSettings.MaxCultures));

    public static async ValueTask<object?> TotalCount(IResolveFieldContext context) =>
        await ((ContentConnection)context.Source!).TotalCountAsync(context.Request(), context.CancellationToken);

    public static IReadOnlyList<(string Name, string Type, string Description)> InterfaceFields { get; } =
    [
        (ContentItemFields.Id, "ID!", "The item's global id: unique across every type, the same for all its versions (`node(id:)` takes it)."),
        (ContentItemFields.ContentType, "String!", "The content type's name."),
        (ContentItemFields.DisplayText, "String!", "The title."),
        (ContentItemFields.Slug, "String", "The URL segment; null for types without one."),
        (ContentItemFields.CreatedUtc, "DateTime!", "When the item was created."),
        (ContentItemFields.ModifiedUtc, "DateTime!", "When this version was written."),
        (ContentItemFields.PublishedUtc, "DateTime", "When this version was published; null when it never was."),
        (ContentItemFields.Version, "Int!", "This version's number (1, 2, ...): the `expectedVersion` of edits and transitions."),
        (ContentItemFields.WorkflowStatus, WorkflowStatusEnum.TypeName + "!", "This version's workflow status, e.g. PUBLISHED, DRAFT, IN_REVIEW."),
        (ContentItemFields.Review, "ClinicalReview", "The clinical review of the published content; null for drafts and for types without review."),
        (ContentItemFields.Culture, "String!", "The culture this item is written in (BCP 47, e.g. `es-US`): the culture served, which may be a fallback of the one asked for."),
        (ContentItemFields.LocalizationSet, "ID!", "The id the item shares with its translations."),
        (ContentItemFields.TranslationOf, "ID", "The item this one was translated from; null when it was written on its own."),
    ];

    private static void AddWorkflowResults(SchemaBuilder b, WorkflowStatusEnum statuses)
    {
        b.AddEnumType("ApprovalKind", e => e
            .Description("How a version came to be approved.")
            .Value("APPROVAL", ApprovalKind.Approval, v => v.Description("A clinical reviewer approved it in review."))
            .Value("RENEWAL", ApprovalKind.Renewal, v => v.Description("A reviewer re-approved the unchanged published version (periodic re-review)."))
            .Value("RECIPE", ApprovalKind.Recipe, v => v.Description("A recipe published sample content without a clinical signature: it counts as never reviewed."))
            .Value("POST_INCIDENT_REVIEW", ApprovalKind.PostIncidentReview, v => v.Description("After an emergency unpublish, a reviewer signed the version to republish, with a reason.")));
        b.AddEnumType("ScheduleState", e => e
            .Value("PENDING", ScheduleState.Pending, v => v.Description("Waiting for its time."))
            .Value("RUNNING", ScheduleState.Running)
            .Value("DONE", ScheduleState.Done)
            .Value("SKIPPED", ScheduleState.Skipped, v => v.Description("Not carried out: the rules refused it when due (e.g. the approval was voided)."))
            .Value("CANCELLED", ScheduleState.Cancelled));
        b.AddObjectType("Approval", t => t
            .Description("A clinical reviewer's signature of a version's content.")
            .Field("reviewer", "String!", f => f.Resolve(c => ((Approval)c.Source!).ReviewerDisplayName))
            .Field("credentials", "String!", f => f.Resolve(c => ((Approval)c.Source!).Credential))
            .Field("signedUtc", "DateTime!")
            .Field("kind", "ApprovalKind!", f => f.Resolve(c => ((Approval)c.Source!).Kind))
            .Field("meaning", "String", f => f.Description("What the signature means; in single-administrator mode it says the credential was not independently confirmed."))
            .Field("credentialConfirmedBy", "String", f => f.Description("The second administrator who confirmed the reviewer's credential; null when nobody independently did."))
            .Field("credentialIndependentlyConfirmed", "Boolean!")
            .Field("signingKeyId", "String", f => f.Description("The server key that signed it (see /.well-known/tbcms-signing-keys).")));
        b.AddObjectType("WorkflowTransitionResult", t => t
            .Field("transition", "String!")
            .Field("from", WorkflowStatusEnum.TypeName + "!", f => f.Resolve(c => statuses.Resolve(((TransitionResult)c.Source!).FromStatus)))
            .Field("to", WorkflowStatusEnum.TypeName + "!", f => f.Resolve(c => statuses.Resolve(((TransitionResult)c.Source!).ToStatus)))
            .Field("item", "ContentItem!", f => f.Resolve(c => new ContentNode(((TransitionResult)c.Source!).Version, Preview: true)))
            .Field("approval", "Approval"));
        b.AddObjectType("ReviewComment", t => t
            .Field("id", "ID!", f => f.Resolve(c => ((ReviewComment)c.Source!).CommentId))
            .Field("version", "ID!", f => f.Description("The id of the version commented on.").Resolve(c => ((ReviewComment)c.Source!).ContentItemVersionId))
            .Field("parentId", "ID").Field("author", "String!").Field("body", "String!").Field("field", "String")
            .Field("rangeStart", "Int").Field("rangeEnd", "Int").Field("quotedText", "String").Field("createdUtc", "DateTime!"));
        b.AddObjectType("Schedule", t => t
            .Field("id", "ID!", f => f.Resolve(c => ((ScheduledAction)c.Source!).ScheduleId))
            .Field("action", "ScheduledAction!")
            .Field("dueUtc", "DateTime!")
            .Field("state", "ScheduleState!", f => f.Resolve(c => ((ScheduledAction)c.Source!).State))
            .Field("createdBy", "String!"));
    }
}
