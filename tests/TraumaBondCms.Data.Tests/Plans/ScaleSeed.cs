using System.Globalization;
using System.Text.Json;
using TraumaBondCms.Core.Audit;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Safety;
using TraumaBondCms.Core.Search;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Data.Tests.Plans;

/// <summary>
/// Fills a store, through its own API, with a realistic shape at a size where a full scan shows in a plan: 13,000
/// articles (a quarter with a Spanish translation), 4,000 FAQs, 600 resources and 40 topics in every state (never published, published, published with a
/// pending draft in review or with changes requested, republished, deleted), more than 20,000 versions in all, and
/// one to three thousand rows in every other table that grows with content (approvals, audit entries, comments,
/// schedules, webhook deliveries, verifications, check runs, preview tokens, review notices, the media library: see
/// <see cref="MediaSeed"/>), and a search document and
/// change-log rows for every version. Content goes in through
/// <see cref="IContentRepository.ImportAsync"/>, the rest row by row, all in one transaction. Deterministic.
/// </summary>
public static class ScaleSeed
{
    /// <summary>Articles written.</summary>
    public const int Articles = 13_000;

    private const int Faqs = 4_000;
    private const int Resources = 600;
    private const int Topics = 40;
    private const string CommonTopic = "topic-01";

    /// <summary>The culture of the seed's translations.</summary>
    public const string SpanishCulture = "es-US";
    /// <summary>The creation time of the first items (each next one three minutes later).</summary>
    public static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] Audiences = ["general", "survivors", "supporters", "professionals"];
    private static readonly string[] Statuses = ["InReview", "ChangesRequested", "Draft"];

    /// <summary>Writes the content into an empty, migrated store; returns what the query shapes look up.</summary>
    public static async Task<SeededContent> RunAsync(ICmsStore store)
    {
        var versions = new List<ContentImport>();
        for (var i = 0; i < Topics; i++)
        {
            Add(versions, "Topic", $"topic-{i:00}", i, Fields(("title", $"Topic {i}"), ("slug", $"topic-{i:00}")), [Text("title", $"Topic {i}"), Text("slug", $"topic-{i:00}")]);
        }

        for (var i = 0; i < Resources; i++)
        {
            var region = i % 3 == 0 ? "US" : $"US-{(char)('A' + (i % 26))}{(char)('A' + (i / 26 % 26))}";
            Add(versions, "Resource", $"resource-{i:0000}", i, Fields(("name", $"Resource {i}"), ("slug", $"resource-{i:0000}"), ("region", region), ("isCrisisLine", i % 10 == 0), ("topics", new[] { Topic(i) })),
                [Text("name", $"Resource {i}"), Text("slug", $"resource-{i:0000}"), Text("region", region), new IndexedFieldValue("isCrisisLine", null, null, i % 10 == 0), Text("topics", Topic(i))]);
        }

        for (var i = 0; i < Articles; i++)
        {
            // A quarter of the articles share one common topic; any other topic tags about one in twenty.
            var topics = new[] { Topic(i), Topic(i * 7 + 3), i % 4 == 0 ? CommonTopic : Topic(i) }.Distinct().ToArray();
            var resources = new[] { Resource(i), Resource(i + 11) };
            var title = $"Article {i:00000} on {Audiences[i % 4]}";
            var values = new List<(string, object)> { ("title", title), ("slug", $"article-{i:00000}"), ("summary", $"Summary {i}."), ("body", Body(i)), ("topics", topics), ("audience", Audiences[i % 4]), ("relatedResources", resources) };
            var index = new List<IndexedFieldValue> { Text("title", title), Text("slug", $"article-{i:00000}"), Text("audience", Audiences[i % 4]) };
            index.AddRange(topics.Select(t => Text("topics", t)));
            index.AddRange(resources.Select(r => Text("relatedResources", r)));
            // One in thirteen has no reading time, so orders on it have absent values to put last.
            if (i % 13 != 0)
            {
                values.Add(("readingMinutes", (i % 30) + 1));
                index.Add(new IndexedFieldValue("readingMinutes", null, (i % 30) + 1, null));
            }

            Add(versions, "Article", $"article-{i:00000}", i, Fields([.. values]), [.. index]);
        }

        // A quarter of the articles have a Spanish translation that keeps their slug (slugs are unique per culture).
        for (var i = 3; i < Articles; i += 4)
        {
            var title = $"Artículo {i:00000}";
            Add(versions, "Article", $"article-{i:00000}-es", i, Fields(("title", title), ("slug", $"article-{i:00000}"), ("body", Body(i)), ("audience", Audiences[i % 4])),
                [Text("title", title), Text("slug", $"article-{i:00000}"), Text("audience", Audiences[i % 4])], (SpanishCulture, $"article-{i:00000}"));
        }

        for (var i = 0; i < Faqs; i++)
        {
            var article = $"article-{i * 3 % Articles:00000}";
            Add(versions, "Faq", $"faq-{i:0000}", i, Fields(("question", $"Question {i}?"), ("slug", $"faq-{i:0000}"), ("article", article), ("position", i % 5), ("topics", new[] { Topic(i) })),
                [Text("question", $"Question {i}?"), Text("slug", $"faq-{i:0000}"), Text("article", article), new IndexedFieldValue("position", null, i % 5, null), Text("topics", Topic(i))]);
        }

        await using (var session = await store.BeginWriteAsync())
        {
            // Batches of whole items: an item's versions go in together.
            foreach (var batch in versions.GroupBy(v => v.Version.ContentItemId).Chunk(1_000))
            {
                await session.Content.ImportAsync([.. batch.SelectMany(item => item)]);
            }

            await session.CommitAsync();
        }

        return await SeedRecordsAsync(store, versions);
    }

    // Each item's versions: every fifth item has two (a published first version and a pending draft, or a republished
    // second), every tenth was never published; the rest are published as first written.
    private static void Add(List<ContentImport> versions, string type, string id, int i, ContentFields fields, IndexedFieldValue[] index, (string Culture, string Source)? translation = null)
    {
        var created = Start.AddMinutes(i * 3 + type.Length);
        var owner = $"editor{i % 10}";
        var displayText = index[0].Text!;
        var slug = index.First(r => r.Field == "slug").Text;
        ContentItem Version(int number, bool latest, bool published, string status, ContentFields content) => new()
        {
            ContentItemId = id,
            ContentItemVersionId = $"{id}-v{number}",
            ContentType = type,
            Version = number,
            Latest = latest,
            Published = published,
            Status = status,
            DisplayText = number == 1 ? displayText : displayText + " (revised)",
            Slug = slug,
            Owner = owner,
            Author = owner,
            CreatedUtc = created,
            ModifiedUtc = created.AddDays(number - 1),
            PublishedUtc = published ? created.AddDays(number - 1).AddHours(1) : null,
            ContentHash = ContentHash.Compute(type, content),
            Fields = content,
            Culture = translation?.Culture ?? "en-US",
            LocalizationSet = translation?.Source ?? id,
            TranslationOf = translation?.Source,
            SourceVersionId = translation is { } t ? t.Source + "-v1" : null,
        };

        // Every version is searchable, so the search tables grow with content as they do on a real site.
        ContentImport Import(ContentItem version) => new(version, index, new SearchDocument { Title = version.DisplayText, Summary = $"Summary {i}.", Topics = [id] });

        // Builder semantics: the later value of a name wins, so the draft has its own summary (and its own hash).
        var revised = ContentFields.From(fields.Append(KeyValuePair.Create("summary", JsonSerializer.SerializeToElement($"Revised {i}."))));
        switch (i % 10)
        {
            case 0:
                versions.Add(Import(Version(1, latest: true, published: false, Statuses[i / 10 % 3], fields)));
                break;
            case 1:
                versions.Add(Import(Version(1, latest: false, published: true, "Published", fields)));
                versions.Add(Import(Version(2, latest: true, published: false, Statuses[i / 10 % 3], revised)));
                break;
            case 2:
                versions.Add(Import(Version(1, latest: false, published: false, "Superseded", fields)));
                versions.Add(Import(Version(2, latest: true, published: true, "Published", revised)));
                break;
            default:
                versions.Add(Import(Version(1, latest: true, published: true, "Published", fields)));
                break;
        }
    }

    private static async Task<SeededContent> SeedRecordsAsync(ICmsStore store, List<ContentImport> versions)
    {
        // The other tables' rows go to originals only, so that translations add rows without moving the rest around.
        var originals = versions.Where(v => v.Version.TranslationOf is null).ToList();
        var published = originals.Where(v => v.Version.Published).Select(v => v.Version).ToList();
        var clock = Start.AddYears(2);
        await using var session = await store.BeginWriteAsync();
        // Enough rows in each table that an index beats reading it whole, few enough to seed in seconds: each is a round trip.
        for (var i = 0; i < 1_500; i++)
        {
            var version = published[i * 5 % published.Count];
            await session.Workflow.AddApprovalAsync(new Approval
            {
                ApprovalId = $"approval-{i:0000}",
                ContentItemId = version.ContentItemId,
                ContentItemVersionId = version.ContentItemVersionId,
                ContentHash = version.ContentHash,
                Reviewer = "dr.rivera",
                ReviewerDisplayName = "Dr. Ana Rivera",
                Credential = "PsyD",
                SignedUtc = version.ModifiedUtc.AddMinutes(30),
                Kind = i % 7 == 0 ? ApprovalKind.Renewal : ApprovalKind.Approval,
            });
        }

        for (var i = 0; i < 3_000; i++)
        {
            var version = originals[i * 3 % originals.Count].Version;
            await session.Audit.AppendAsync(AuditEntry.ForVersion(version, i % 4 == 0 ? AuditActions.ContentPublished : AuditActions.ContentUpdated, $"editor{i % 10}", clock.AddSeconds(-3_000 + i)));
        }

        for (var i = 0; i < 1_500; i++)
        {
            var version = originals[i * 7 % originals.Count].Version;
            await session.Comments.AddAsync(new ReviewComment { CommentId = $"comment-{i:0000}", ContentItemId = version.ContentItemId, ContentItemVersionId = version.ContentItemVersionId, Author = "dr.rivera", Body = $"Comment {i}", CreatedUtc = clock.AddMinutes(-i) });
            var done = i % 10 != 0;
            await session.Schedules.AddAsync(new ScheduledAction
            {
                ScheduleId = $"schedule-{i:0000}",
                ContentItemId = version.ContentItemId,
                ContentItemVersionId = version.ContentItemVersionId,
                Action = ScheduledActionKind.Publish,
                DueUtc = clock.AddHours(done ? -i : i - 100),
                CreatedBy = "editor1",
                CreatedUtc = clock.AddDays(-3),
                State = done ? ScheduleState.Done : ScheduleState.Pending,
            });

            await session.Safety.AddCheckRunAsync(new SafetyCheckRun { RunId = $"run-{i:0000}", ContentItemId = version.ContentItemId, ContentItemVersionId = version.ContentItemVersionId, ContentHash = version.ContentHash, Trigger = "save", RanUtc = clock.AddMinutes(-i), Report = new SafetyReport([], null, [], []) });
        }

        foreach (var webhook in Enumerable.Range(0, 10).Select(w => $"webhook-{w}"))
        {
            await session.Webhooks.AddAsync(new Webhook { WebhookId = webhook, Url = $"https://example.org/{webhook}", Events = ["content.published"], Secret = "secret", CreatedBy = "admin", CreatedUtc = Start });
        }

        for (var i = 0; i < 3_000; i++)
        {
            var pending = i % 13 == 0;
            await session.Webhooks.EnqueueAsync(new WebhookDelivery
            {
                DeliveryId = $"delivery-{i:0000}",
                WebhookId = $"webhook-{i % 10}",
                Event = "content.published",
                Payload = "{}",
                State = pending ? WebhookDeliveryState.Pending : i % 11 == 0 ? WebhookDeliveryState.Failed : WebhookDeliveryState.Delivered,
                Attempts = pending ? 0 : 1,
                NextAttemptUtc = clock.AddMinutes(pending ? i - 2_000 : -i),
                CreatedUtc = clock.AddMinutes(-i),
            });
        }

        foreach (var (resource, i) in published.Where(v => v.ContentType == "Resource").SelectMany(v => Enumerable.Repeat(v, 6)).Select((v, i) => (v, i)))
        {
            await session.Safety.AddVerificationAsync(new ResourceVerification { VerificationId = $"verification-{i:00000}", ContentItemId = resource.ContentItemId, ContentItemVersionId = resource.ContentItemVersionId, ContentHash = resource.ContentHash, ChannelsHash = "h", Channels = "[]", VerifiedBy = "dr.rivera", VerifiedByDisplayName = "Dr. Ana Rivera", VerifiedUtc = clock.AddDays(-i), Kind = VerificationKind.Person });
        }

        for (var i = 0; i < 1_000; i++)
        {
            await session.PreviewTokens.AddAsync(new PreviewToken { TokenId = $"token-{i:0000}", TokenHash = $"hash-{i:0000}", ContentItemId = i % 2 == 0 ? published[i].ContentItemId : null, CreatedBy = "editor1", CreatedUtc = clock.AddDays(-i), ExpiresUtc = clock.AddDays(3 - i) });
            if (i % 8 == 0)
            {
                await session.PreviewTokens.RevokeAsync($"token-{i:0000}", "editor1", clock.AddDays(1 - i));
            }

            await session.Webhooks.TryAddReviewNoticeAsync(published[i * 3].ContentItemId, published[i * 3].ContentHash, clock.AddDays(-i));
        }

        for (var i = 0; i < 30; i++)
        {
            await session.Workflow.SetFollowUpAsync(published[i * 11].ContentItemId, "emergency unpublish", clock.AddHours(-i));
            await session.Workflow.SetSourceChangedAsync($"article-{(i * 40) + 3:00000}-es", clock.AddHours(-i));
        }

        await MediaSeed.SeedAsync(session, [.. versions.Select(v => v.Version)], clock);
        for (var i = 0; i < Articles; i += 97)
        {
            await session.Content.DeleteAsync($"article-{i + 5:00000}", "editor1", clock);
        }

        for (var u = 0; u < 40; u++)
        {
            await session.Users.InsertAsync(new CmsUser { UserId = $"user-{u}", UserName = $"user.{u}", DisplayName = $"User {u}", PasswordHash = "x", SecurityStamp = "s", Roles = ["Editor"], CreatedUtc = Start });
        }

        for (var i = 0; i < 1_500; i++)
        {
            await session.SignInSessions.StartAsync(new SignInSession { SessionHash = $"session-{i:0000}", UserId = $"user-{i % 40}", Kind = "cookie", StartedUtc = clock.AddHours(-i), ExpiresUtc = clock.AddHours(8 - i) });
            if (i % 3 == 0)
            {
                await session.SignInSessions.EndAsync($"session-{i:0000}", clock.AddHours(1 - i));
            }

            await session.Search.RecordZeroResultAsync($"query-{i % 700:000}", $"query {i % 700}", 3);
        }

        await session.CommitAsync();
        return new SeededContent
        {
            Versions = versions.Count,
            ApprovedItem = published[0].ContentItemId,
            Article = "article-00003",
            ArticleWithDraft = "article-00011",
            ArticleSlug = "article-00003",
            PublishedVersionId = "article-00011-v1",
            ArticleHash = versions.First(v => v.Version.ContentItemVersionId == "article-00003-v1").Version.ContentHash,
            Articles = [.. Enumerable.Range(0, 20).Select(i => $"article-{i * 31:00000}")],
            TopicSlug = Topic(4),
            CommonTopicSlug = CommonTopic,
            Resources = [.. Enumerable.Range(1, 8).Select(i => Resource(i * 29))],
            Resource = Resource(7),
            Owner = "editor3",
            Webhook = "webhook-1",
            Delivery = "delivery-0001",
            PreviewTokenHash = "hash-0002",
            PreviewTokenId = "token-0002",
            Comment = "comment-0001",
            Schedule = "schedule-0001",
            Now = clock,
        };
    }

    private static string Topic(int i) => $"topic-{i % Topics:00}";

    // About 1,200 characters of text, so rows are as wide as a short article's and a table scan costs what it would.
    private static string Body(int i) => string.Join(' ', Enumerable.Range(0, 170).Select(k => Words[((i * 31) + (k * 17) + (k * k)) % Words.Length]));

    private static readonly string[] Words =
    [
        "trauma", "bond", "abuse", "cycle", "reward", "fear", "hope", "leave", "stay", "support", "friend", "family", "safety", "plan", "call",
        "help", "line", "therapy", "healing", "recovery", "pattern", "intermittent", "reinforcement", "control", "gaslighting", "contact",
        "boundary", "trust", "shame", "guilt", "loyalty", "isolation", "memory", "body", "stress", "sleep", "anxiety", "grief", "anger", "calm",
    ];

    private static string Resource(int i) => $"resource-{i % Resources:0000}";

    private static IndexedFieldValue Text(string field, string value) => new(field, value, null, null);

    private static ContentFields Fields(params (string Name, object Value)[] values) =>
        ContentFields.From(values.Select(v => KeyValuePair.Create(v.Name, JsonSerializer.SerializeToElement(v.Value))));

    /// <summary>The seed's size as text, for test output.</summary>
    public static string Describe(SeededContent seeded) => string.Create(CultureInfo.InvariantCulture, $"{seeded.Versions:N0} versions");
}
