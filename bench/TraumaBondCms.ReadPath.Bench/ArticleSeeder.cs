using System.Globalization;
using System.Text;
using System.Text.Json;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Search;
using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Data;

namespace TraumaBondCms.ReadPath.Bench;

/// <summary>
/// Adds published articles through the store in bulk (<see cref="IContentRepository.ImportAsync"/>, 1,000 per transaction),
/// each with the clinical signature of its content a published article has (signed with the server's key), until the library
/// holds the asked number.
/// Articles are deterministic and realistic in shape: a title, a summary, a Markdown body of about 2,500 characters, two of
/// the setup recipe's topics (each topic tags about one article in six), an audience, two related resources and a reading
/// time. How many were added is kept in a setting, so a second run adds only the difference. Each article goes into the
/// search indexes with it, as an editor's would (else the server would index them all when it starts).
/// </summary>
internal static class ArticleSeeder
{
    private const string SeededSetting = "Bench:SeededArticles";
    private const int Batch = 1_000;
    private static readonly DateTimeOffset Newest = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] Words =
    [
        "trauma", "bond", "abuse", "cycle", "reward", "fear", "hope", "leaving", "staying", "support", "friends", "family", "safety", "plan",
        "helpline", "therapy", "healing", "recovery", "pattern", "intermittent", "reinforcement", "control", "gaslighting", "contact",
        "boundaries", "trust", "shame", "guilt", "loyalty", "isolation", "memory", "body", "stress", "sleep", "anxiety", "grief", "anger",
        "calm", "relationship", "partner", "attachment", "survivor", "clinician", "evidence", "research", "signs", "questions", "answers",
    ];

    /// <summary>
    /// Brings the number of bench articles up to <paramref name="target"/>, each approval signed by <paramref name="sign"/> (the
    /// server's key, so the server's check of published content as it loads it passes); returns the numbers before and after.
    /// </summary>
    public static async Task<(int Before, int After)> SeedAsync(ICmsStore store, ContentDefinitionCatalog catalog, int target, Func<Approval, Approval> sign)
    {
        var article = catalog.Get("Article");
        int before;
        string[] topics, resources, audiences;
        Dictionary<string, string> topicTitles;
        await using (var read = await store.OpenReadAsync())
        {
            before = (await read.Site.GetSettingsAsync()).TryGetValue(SeededSetting, out var seeded) ? int.Parse(seeded, CultureInfo.InvariantCulture) : 0;
            // The recipe's topics and resources as they stand (in Production they wait for review, unpublished).
            topicTitles = (await read.Content.QueryAsync(new ContentQuery { ContentTypes = ["Topic"], Status = ContentStatusFilter.Latest, First = 500, CountTotal = false })).Items.ToDictionary(i => i.Slug!, i => i.DisplayText, StringComparer.Ordinal);
            topics = [.. topicTitles.Keys.Order(StringComparer.Ordinal)];
            resources = [.. (await read.Content.QueryAsync(new ContentQuery { ContentTypes = ["Resource"], Status = ContentStatusFilter.Latest, First = 500, CountTotal = false })).Items.Select(i => i.ContentItemId).Order(StringComparer.Ordinal)];
            audiences = [.. article.GetField("audience")?.Options ?? ["general"]];
        }

        for (var start = before; start < target; start += Batch)
        {
            var end = Math.Min(target, start + Batch);
            var imports = new List<ContentImport>(end - start);
            var approvals = new List<Approval>(end - start);
            for (var i = start; i < end; i++)
            {
                var version = Article(article, i, topics, resources, audiences);
                var search = SearchDocumentBuilder.Build(article, version.Fields, version.DisplayText, tag => topicTitles.GetValueOrDefault(tag.Slug));
                imports.Add(new ContentImport(version, IndexedFieldValue.For(article, version.Fields), search));
                approvals.Add(sign(new Approval
                {
                    ApprovalId = $"bench-approval-{i:000000}",
                    ContentItemId = version.ContentItemId,
                    ContentItemVersionId = version.ContentItemVersionId,
                    ContentHash = version.ContentHash,
                    Reviewer = "bench.reviewer",
                    ReviewerDisplayName = "Bench Reviewer",
                    Credential = "PsyD;PSY 00000;2030-12-31;Bench Board",
                    SignedUtc = version.ModifiedUtc.AddMinutes(-30),
                    Kind = ApprovalKind.Approval,
                    CredentialConfirmedBy = "bench.admin",
                    CredentialConfirmedUtc = version.ModifiedUtc.AddDays(-30),
                    CredentialIndependentlyConfirmed = true,
                    SignedWith = "password+totp",
                }));
            }

            await using var session = await store.BeginWriteAsync();
            await session.Content.ImportAsync(imports);
            await session.Workflow.AddApprovalsAsync(approvals);
            await session.Site.SetSettingAsync(SeededSetting, end.ToString(CultureInfo.InvariantCulture));
            await session.CommitAsync();
        }

        return (before, Math.Max(before, target));
    }

    private static ContentItem Article(ContentTypeDefinition type, int i, string[] topics, string[] resources, string[] audiences)
    {
        var title = $"{Capitalize(Phrase(i, 6))} ({i})";
        string[] tags = [.. new[] { topics[i % topics.Length], topics[(i / topics.Length + 5) % topics.Length] }.Distinct()];
        var values = new Dictionary<string, object>
        {
            ["title"] = title,
            ["slug"] = $"bench-article-{i:000000}",
            ["summary"] = Capitalize(Phrase(i * 3, 30)) + ".",
            ["body"] = Body(i),
            ["topics"] = tags,
            ["audience"] = audiences[i % audiences.Length],
            ["keyTakeaways"] = new[] { Capitalize(Phrase(i * 5, 8)) + ".", Capitalize(Phrase(i * 7, 8)) + "." },
            ["relatedResources"] = new[] { resources[i % resources.Length], resources[(i + 1) % resources.Length] },
            ["readingMinutes"] = (i % 30) + 1,
        };
        var fields = ContentFields.From(values.Select(v => KeyValuePair.Create(v.Key, JsonSerializer.SerializeToElement(v.Value))));
        var modified = Newest.AddMinutes(-i);
        return new ContentItem
        {
            ContentItemId = $"bench-{i:000000}",
            ContentItemVersionId = $"bench-{i:000000}-v1",
            ContentType = type.Name,
            Version = 1,
            Latest = true,
            Published = true,
            Status = "Published",
            DisplayText = title,
            Slug = $"bench-article-{i:000000}",
            Owner = $"editor{i % 20}",
            Author = $"editor{i % 20}",
            CreatedUtc = modified.AddDays(-1),
            ModifiedUtc = modified,
            PublishedUtc = modified,
            ContentHash = ContentHash.Compute(type.Name, fields),
            Fields = fields,
        };
    }

    // About 2,500 characters of Markdown under three headings.
    private static string Body(int i)
    {
        var body = new StringBuilder();
        for (var section = 0; section < 3; section++)
        {
            body.Append("## ").Append(Capitalize(Phrase(i + section, 4))).Append("\n\n");
            for (var paragraph = 0; paragraph < 2; paragraph++)
            {
                body.Append(Capitalize(Phrase((i * 11) + (section * 7) + paragraph, 60))).Append(".\n\n");
            }
        }

        return body.ToString();
    }

    private static string Phrase(int seed, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(k => Words[(int)(((long)seed * 31 + (k * 17) + (k * k * 5)) % Words.Length)]));

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
