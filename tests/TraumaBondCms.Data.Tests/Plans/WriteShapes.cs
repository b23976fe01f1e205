using System.Text.Json;
using TraumaBondCms.Core.Audit;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Safety;
using TraumaBondCms.Core.Search;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Data.Tests.Plans;

/// <summary>
/// Every write, each in a write session that is rolled back afterwards: a write that scans holds the single writer for as
/// long as the scan takes, so writes are judged like reads (no full scan of a growing table).
/// </summary>
public static class WriteShapes
{
    /// <summary>Every write shape.</summary>
    public static IEnumerable<QueryShape> All()
    {
        yield return Write("content: create an item", (s, d) => s.Content.CreateAsync(NewItem(d, "plan-new-item"), [new IndexedFieldValue("title", "New", null, null)]));
        yield return Write("content: add a version", async (s, d) =>
        {
            var latest = (await s.Content.GetAsync(d.Article, VersionSelector.Latest))!;
            await s.Content.AddVersionAsync(latest with { ContentItemVersionId = "plan-new-version", Version = latest.Version + 1, Published = false, PublishedUtc = null, ModifiedUtc = d.Now }, [new IndexedFieldValue("title", "Edited", null, null)]);
        });
        yield return Write("content: import items in bulk", (s, d) => s.Content.ImportAsync([new ContentImport(NewItem(d, "plan-imported") with { Slug = "plan-imported" }, [new IndexedFieldValue("slug", "plan-imported", null, null)], new SearchDocument { Title = "Imported" })]));
        yield return Write("content: publish a version", (s, d) => s.Content.PublishAsync(d.ArticleWithDraft, d.ArticleWithDraft + "-v2", d.Now));
        yield return Write("content: unpublish an item", (s, d) => s.Content.UnpublishAsync(d.Article));
        yield return Write("content: delete an item", (s, d) => s.Content.DeleteAsync(d.Article, "editor1", d.Now));

        yield return Write("workflow: set a version's status", (s, d) => s.Workflow.SetStatusAsync(d.PublishedVersionId, "InReview"));
        yield return Write("workflow: sign an approval", (s, d) => s.Workflow.AddApprovalAsync(new Approval
        {
            ApprovalId = "plan-approval",
            ContentItemId = d.Article,
            ContentItemVersionId = d.Article + "-v1",
            ContentHash = d.ArticleHash,
            Reviewer = "dr.rivera",
            ReviewerDisplayName = "Dr. Ana Rivera",
            Credential = "PsyD",
            SignedUtc = d.Now,
            Kind = ApprovalKind.Approval,
        }));
        yield return Write("workflow: sign approvals in bulk", (s, d) => s.Workflow.AddApprovalsAsync([.. d.Articles.Take(3).Select((a, i) => new Approval
        {
            ApprovalId = $"plan-bulk-{i}", ContentItemId = a, ContentItemVersionId = a + "-v1", ContentHash = d.ArticleHash, Reviewer = "dr.rivera",
            ReviewerDisplayName = "Dr. Ana Rivera", Credential = "PsyD", SignedUtc = d.Now, Kind = ApprovalKind.Approval,
        })]));
        yield return Write("workflow: void an item's approvals", (s, d) => s.Workflow.VoidApprovalsAsync(d.ApprovedItem, "edited", d.Now));
        yield return Write("workflow: flag an item for follow-up", (s, d) => s.Workflow.SetFollowUpAsync(d.Article, "emergency", d.Now));
        yield return Write("workflow: flag a translation whose source changed", (s, d) => s.Workflow.SetSourceChangedAsync(d.Article + "-es", d.Now));

        yield return Write("comments: add a comment", (s, d) => s.Comments.AddAsync(new ReviewComment { CommentId = "plan-comment", ContentItemId = d.Article, ContentItemVersionId = d.Article + "-v1", Author = "dr.rivera", Body = "Check this.", CreatedUtc = d.Now }));
        yield return Write("comments: resolve a comment", (s, d) => s.Comments.ResolveAsync(d.Comment, "editor1", d.Now));

        yield return Write("schedules: add a schedule", (s, d) => s.Schedules.AddAsync(new ScheduledAction { ScheduleId = "plan-schedule", ContentItemId = d.Article, ContentItemVersionId = d.Article + "-v1", Action = ScheduledActionKind.Unpublish, DueUtc = d.Now.AddDays(1), CreatedBy = "editor1", CreatedUtc = d.Now, State = ScheduleState.Pending }));
        yield return Write("schedules: claim a due schedule", (s, d) => s.Schedules.TryClaimAsync(d.Schedule, "node-1", d.Now));
        yield return Write("schedules: complete a schedule", (s, d) => s.Schedules.CompleteAsync(d.Schedule, ScheduleState.Done, "published", d.Now));

        yield return Write("webhooks: add a webhook", (s, d) => s.Webhooks.AddAsync(new Webhook { WebhookId = "plan-webhook", Url = "https://example.org/hook", Events = ["content.published"], Secret = "s", CreatedBy = "admin", CreatedUtc = d.Now }));
        yield return Write("webhooks: delete a webhook and its deliveries", (s, d) => s.Webhooks.DeleteAsync(d.Webhook));
        yield return Write("webhooks: queue a delivery", (s, d) => s.Webhooks.EnqueueAsync(new WebhookDelivery { DeliveryId = "plan-delivery", WebhookId = d.Webhook, Event = "content.published", Payload = "{}", NextAttemptUtc = d.Now, CreatedUtc = d.Now }));
        yield return Write("webhooks: claim due deliveries (dispatcher)", (s, d) => s.Webhooks.ClaimDueAsync("node-1", d.Now, d.Now.AddMinutes(1), 20));
        yield return Write("webhooks: record an attempt", (s, d) => s.Webhooks.RecordAttemptAsync(d.Delivery, "node-1", new WebhookAttempt { State = WebhookDeliveryState.Delivered, AttemptedUtc = d.Now, StatusCode = 200 }));
        yield return Write("webhooks: record a review notice", (s, d) => s.Webhooks.TryAddReviewNoticeAsync(d.Article, d.ArticleHash, d.Now));

        yield return Write("safety: record a verification", (s, d) => s.Safety.AddVerificationAsync(new ResourceVerification { VerificationId = "plan-verification", ContentItemId = d.Resource, ContentItemVersionId = d.Resource + "-v1", ContentHash = "h", ChannelsHash = "h", Channels = "[]", VerifiedBy = "dr.rivera", VerifiedByDisplayName = "Dr. Ana Rivera", VerifiedUtc = d.Now, Kind = VerificationKind.Person }));
        yield return Write("safety: record a check run", (s, d) => s.Safety.AddCheckRunAsync(new SafetyCheckRun { RunId = "plan-run", ContentItemId = d.Article, ContentItemVersionId = d.Article + "-v1", ContentHash = d.ArticleHash, Trigger = "save", RanUtc = d.Now, Report = new SafetyReport([], null, [], []) }));

        yield return Write("preview tokens: add a token", (s, d) => s.PreviewTokens.AddAsync(new PreviewToken { TokenId = "plan-token", TokenHash = "plan-hash", CreatedBy = "editor1", CreatedUtc = d.Now, ExpiresUtc = d.Now.AddDays(1) }));
        yield return Write("preview tokens: revoke a token", (s, d) => s.PreviewTokens.RevokeAsync(d.PreviewTokenId, "editor1", d.Now));

        var user = new CmsUser { UserId = "plan-user", UserName = "plan.user", DisplayName = "Plan User", PasswordHash = "x", SecurityStamp = "s", Roles = ["Editor"], CreatedUtc = DateTimeOffset.UnixEpoch };
        yield return Write("users: add a user", (s, _) => s.Users.InsertAsync(user));
        yield return Write("users: update a user", (s, _) => s.Users.UpdateAsync(user));
        yield return Write("users: upsert a role", (s, _) => s.Users.UpsertRoleAsync(new RoleDefinition("Planner", null, ["ViewDrafts"])));

        yield return Write("site: set a setting", (s, _) => s.Site.SetSettingAsync("plan", "true"));
        yield return Write("site: upsert content types", (s, _) => s.Site.UpsertContentTypesAsync([new ContentTypeDefinition { Name = "Plan", DisplayTextField = "title", Fields = [] }]));
        yield return Write("site: upsert workflows", (s, _) => s.Site.UpsertWorkflowsAsync([new WorkflowDefinition { Name = "plan", Statuses = ["Draft"], InitialStatus = "Draft", EditableIn = ["Draft"], Transitions = [] }]));
        yield return Write("site: record a recipe run", (s, d) => s.Site.RecordRecipeRunAsync("plan", "sha256:x", d.Now, null));
        yield return Write("audit: append an entry", (s, d) => s.Audit.AppendAsync(new AuditEntry { Action = AuditActions.ContentUpdated, OccurredUtc = d.Now, Actor = "editor1", ContentItemId = d.Article }));
        yield return Write("audit: store a signed head", (s, d) => s.Audit.AddHeadAsync(new AuditHead(9_999_999, "sha256:plan", d.Now, "tbk-plan", "plan-signature")));

        yield return Write("second factor: save a user's", (s, d) => s.SecondFactors.SaveAsync(new SecondFactor { UserId = "user-2", ProtectedSecret = "plan", CreatedUtc = d.Now, RecoveryCodes = [new RecoveryCode("plan", null)] }));
        yield return Write("second factor: remove a user's", (s, _) => s.SecondFactors.DeleteAsync("user-3"));
    }

    private static ContentItem NewItem(SeededContent seeded, string id) => new()
    {
        ContentItemId = id,
        ContentItemVersionId = id + "-v1",
        ContentType = "Article",
        Version = 1,
        Latest = true,
        Published = false,
        DisplayText = "New",
        Owner = "editor1",
        Author = "editor1",
        CreatedUtc = seeded.Now,
        ModifiedUtc = seeded.Now,
        ContentHash = "sha256:plan",
        Fields = ContentFields.From([KeyValuePair.Create("title", JsonSerializer.SerializeToElement("New"))]),
    };

    /// <summary>A write shape that may read at most 500 rows.</summary>
    internal static QueryShape Write(string name, Func<IStoreSession, SeededContent, Task> call) => QueryShape.Write(name, call) with { RowBudget = 500 };
}
