using TraumaBondCms.Core.Audit;

namespace TraumaBondCms.Data.Tests.Plans;

/// <summary>The reads that are not list queries: lookups of one version or item, and the other repositories' reads.</summary>
public static class RecordReadShapes
{
    /// <summary>Every such shape.</summary>
    public static IEnumerable<QueryShape> All()
    {
        yield return Read("content: item record by id", (s, d) => s.Content.GetItemAsync(d.Article));
        yield return Read("content: latest version by item id", (s, d) => s.Content.GetAsync(d.ArticleWithDraft, VersionSelector.Latest));
        yield return Read("content: published version by item id", (s, d) => s.Content.GetAsync(d.ArticleWithDraft, VersionSelector.Published));
        yield return Read("content: version by version id", (s, d) => s.Content.GetAsync(d.ArticleWithDraft, VersionSelector.ById(d.PublishedVersionId)));
        yield return Read("content: version by number", (s, d) => s.Content.GetAsync(d.ArticleWithDraft, VersionSelector.ByNumber(1)));
        yield return Read("content: latest versions of twenty items (picker loader)", (s, d) => s.Content.GetManyAsync(d.Articles, VersionSelector.Latest));
        yield return Read("content: published versions of twenty items", (s, d) => s.Content.GetManyAsync(d.Articles, VersionSelector.Published));
        yield return Read("content: every version of an item", (s, d) => s.Content.GetVersionsAsync(d.ArticleWithDraft));
        yield return Read("content: items holding slugs", (s, d) => s.Content.FindBySlugsAsync("Article", [d.ArticleSlug, "article-00004", "nowhere"]));
        yield return Read("generation: current", (s, _) => s.ContentGeneration.GetAsync());
        yield return Read("content: published members of twenty localization sets (translations)", (s, d) => s.Content.GetLocalizationSetsAsync(d.Articles, VersionSelector.Published));
        yield return Read("content: latest members of a localization set", (s, d) => s.Content.GetLocalizationSetsAsync([d.Article], VersionSelector.Latest));
        yield return Read("content: items translated from an item", (s, d) => s.Content.GetTranslationIdsAsync(d.Article));

        yield return Read("audit: newest entries", (s, _) => s.Audit.QueryAsync(new AuditQuery { Limit = 50 }), PlanBound.Page);
        yield return Read("audit: entries of an item", (s, d) => s.Audit.QueryAsync(new AuditQuery { ContentItemId = d.Article, Limit = 50 }), PlanBound.Page);
        yield return Read("audit: entries of an actor, before an id", (s, _) => s.Audit.QueryAsync(new AuditQuery { Actor = "editor3", BeforeId = 4_000, Limit = 50 }), PlanBound.Page);
        yield return Read("audit: entries of an action", (s, _) => s.Audit.QueryAsync(new AuditQuery { Action = AuditActions.ContentPublished, Limit = 50 }), PlanBound.Page);
        yield return Read("audit: a page of the chain, oldest first (integrity check)", (s, _) => s.Audit.ReadForwardAsync(1_000, 50), PlanBound.Page);
        yield return Read("audit: the newest entry's hash (appending, signing heads)", (s, _) => s.Audit.GetLastAsync(), PlanBound.Page);
        yield return Read("audit: the newest signed head", (s, _) => s.Audit.GetLatestHeadAsync(), PlanBound.Page);
        yield return Read("audit: a page of signed heads", (s, _) => s.Audit.GetHeadsAsync(0, 50), PlanBound.Page);
        // Newest first by id: the engine reads the time range and sorts it, or walks back from the newest entry to it.
        yield return Read("audit: entries in a recent time range", (s, d) => s.Audit.QueryAsync(new AuditQuery { FromUtc = d.Now.AddMinutes(-30), ToUtc = d.Now.AddMinutes(-20), Limit = 50 })) with { RowBudget = 2_000 };

        yield return Read("workflow: approvals of an item", (s, d) => s.Workflow.GetApprovalsAsync(d.Article));
        yield return Read("workflow: approvals of twenty items (published content checked as it loads)", (s, d) => s.Workflow.GetApprovalsOfItemsAsync(d.Articles));
        yield return Read("workflow: a page of every approval in id order (integrity check)", (s, _) => s.Workflow.ReadApprovalsForwardAsync("approval-1000", 50), PlanBound.Page);
        yield return Read("workflow: follow-up flag of an item", (s, d) => s.Workflow.GetFollowUpAsync(d.Article));
        yield return Read("workflow: items flagged for follow-up", (s, _) => s.Workflow.ListFollowUpsAsync(50), PlanBound.Page);
        yield return Read("workflow: translations whose source changed (re-review list)", (s, _) => s.Workflow.ListSourceChangedAsync(50), PlanBound.Page);
        yield return Read("workflow: items published as recipe samples", (s, _) => s.Workflow.ListPublishedSamplesAsync(50), PlanBound.Page);
        yield return Read("workflow: review states of twenty items", (s, d) => s.Workflow.GetReviewStatesAsync(["Article", "Faq", "Resource"], d.Articles));
        yield return Read("workflow: reviews due, soonest first (dashboard, re-review list)", (s, d) => s.Workflow.ListReviewsDueAsync(new Dictionary<string, int> { ["Article"] = 12, ["Faq"] = 12, ["Resource"] = 6 }, d.Now, 20), PlanBound.Page);

        yield return Read("comments: one comment", (s, d) => s.Comments.GetAsync(d.Comment));
        yield return Read("comments: an item's comments", (s, d) => s.Comments.ListAsync(d.Article));
        yield return Read("comments: a version's comments", (s, d) => s.Comments.ListAsync(d.Article, d.PublishedVersionId));

        yield return Read("schedules: an item's schedules", (s, d) => s.Schedules.ListForItemAsync(d.Article));
        yield return Read("schedules: pending, soonest first (dashboard)", (s, _) => s.Schedules.ListPendingAsync(null, 8), PlanBound.Page);
        yield return Read("schedules: due now (scheduler)", (s, d) => s.Schedules.ListPendingAsync(d.Now, 100), PlanBound.Page);
        yield return Read("schedules: an owner's skipped schedules (dashboard)", (s, d) => s.Schedules.ListSkippedAsync("editor", d.Now.AddDays(-30), 20), PlanBound.Page);

        yield return Read("webhooks: one webhook", (s, d) => s.Webhooks.GetAsync(d.Webhook));
        yield return Read("webhooks: every webhook", (s, _) => s.Webhooks.ListAsync());
        yield return Read("webhooks: one delivery", (s, d) => s.Webhooks.GetDeliveryAsync(d.Delivery));
        yield return Read("webhooks: a webhook's newest deliveries", (s, d) => s.Webhooks.ListDeliveriesAsync(d.Webhook, 50), PlanBound.Page);
        yield return Read("webhooks: the backlog (the operations gauge)", (s, _) => s.Webhooks.GetBacklogAsync());

        yield return Read("safety: verifications of twenty items", (s, d) => s.Safety.GetVerificationsAsync(d.Resources));
        yield return Read("safety: a page of every verification in id order (integrity check)", (s, _) => s.Safety.ReadVerificationsForwardAsync(null, 50), PlanBound.Page);
        yield return Read("safety: check runs of an item", (s, d) => s.Safety.GetCheckRunsAsync(d.Article));
        yield return Read("safety: check runs of a version", (s, d) => s.Safety.GetCheckRunsAsync(d.Article, d.PublishedVersionId));

        yield return Read("preview tokens: by hash", (s, d) => s.PreviewTokens.FindByHashAsync(d.PreviewTokenHash));
        yield return Read("preview tokens: by id", (s, d) => s.PreviewTokens.GetAsync(d.PreviewTokenId));
        yield return Read("preview tokens: active ones", (s, d) => s.PreviewTokens.ListAsync(d.Now, 100));
        yield return Read("preview tokens: all, newest first", (s, _) => s.PreviewTokens.ListAsync(null, 100), PlanBound.Page);

        yield return Read("users: by name", (s, _) => s.Users.FindByNameAsync("admin"));
        yield return Read("users: a second factor (each signed-in request of a signer)", (s, _) => s.SecondFactors.GetAsync("user-1"));
        yield return Read("users: by id", (s, _) => s.Users.FindByIdAsync("user-1"));
        yield return Read("users: every user", (s, _) => s.Users.ListAsync());
        yield return Read("users: every role", (s, _) => s.Users.ListRolesAsync());
        yield return Read("site: settings", (s, _) => s.Site.GetSettingsAsync());
        yield return Read("site: content types", (s, _) => s.Site.GetContentTypesAsync());
        yield return Read("site: workflows", (s, _) => s.Site.GetWorkflowsAsync());
        yield return Read("site: recipe ran before", (s, _) => s.Site.HasRecipeRunAsync("setup"));
        yield return Read("site: recipe runs counted", (s, _) => s.Site.CountRecipeRunsAsync());
    }

    /// <summary>A read shape that may read at most 500 rows.</summary>
    internal static QueryShape Read<T>(string name, Func<IStoreSession, SeededContent, Task<T>> call, PlanBound bound = PlanBound.Matches) =>
        QueryShape.Read(name, bound, call) with { RowBudget = 500 };
}
