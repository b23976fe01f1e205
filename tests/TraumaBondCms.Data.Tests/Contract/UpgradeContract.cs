using TraumaBondCms.Data.Tests.Harness;

namespace TraumaBondCms.Data.Tests.Contract;

/// <summary>
/// Migrations on a database that already holds content. Migration 9: the list columns copied from the items, deletions
/// carried over, review dates computed from the signatures already there, so lists and the re-review list read right at
/// once. Migration 17: existing content is in the default culture, each item a set of its own, its slugs held there.
/// </summary>
public abstract class UpgradeContract : StoreContract
{
    private const string At = "2025-03-01T09:00:00.0000000Z";
    private const string Signed = "2025-03-02T09:00:00.0000000Z";

    /// <summary>The engine's migrations (version, name, SQL).</summary>
    protected abstract IReadOnlyList<(int Version, string Name, string Sql)> Migrations { get; }

    /// <summary>The engine's table of applied migrations, as its store creates it.</summary>
    protected abstract string MigrationTable { get; }

    [Fact]
    public async Task Should_carry_owners_deletions_and_review_dates_over_when_migrating_a_database_with_content()
    {
        await using var old = await CreateDatabaseAsync(migrated: false);
        await old.ExecuteRawAsync(MigrationTable);
        foreach (var (version, name, sql) in Migrations.Where(m => m.Version < 9))
        {
            await old.ExecuteRawAsync($"{sql}\nINSERT INTO schema_migrations (version, name, applied_utc) VALUES ({version}, '{name}', '{At}');");
        }

        await old.ExecuteRawAsync($"""
            INSERT INTO content_items (content_item_id, content_type, owner, created_utc) VALUES ('live', 'Article', 'alice', '{At}');
            INSERT INTO content_items (content_item_id, content_type, owner, created_utc, deleted_utc, deleted_by) VALUES ('gone', 'Article', 'bob', '{At}', '{Signed}', 'admin');
            INSERT INTO content_versions (content_item_version_id, content_item_id, content_type, version_number, latest, published, display_text, slug, author, modified_utc, published_utc, content_hash, fields, workflow_status)
                VALUES ('live-v1', 'live', 'Article', 1, TRUE, TRUE, 'Live', 'live', 'alice', '{At}', '{At}', 'sha256:live', '{"{"}"title":"Live"{"}"}', 'Published');
            INSERT INTO content_versions (content_item_version_id, content_item_id, content_type, version_number, latest, published, display_text, slug, author, modified_utc, published_utc, content_hash, fields, workflow_status)
                VALUES ('gone-v1', 'gone', 'Article', 1, TRUE, TRUE, 'Gone', 'gone', 'bob', '{At}', '{At}', 'sha256:gone', '{"{"}"title":"Gone"{"}"}', 'Published');
            INSERT INTO approvals (approval_id, content_item_id, content_item_version_id, content_hash, reviewer, reviewer_display_name, credential, signed_utc, kind)
                VALUES ('a1', 'live', 'live-v1', 'sha256:live', 'dr.lee', 'Dr Lee', 'PsyD', '{Signed}', 'Approval');
            """);

        var applied = await old.Store.MigrateAsync();

        await using var session = await old.Store.OpenReadAsync();
        var live = await session.Content.GetAsync("live", VersionSelector.Published);
        var published = await session.Content.QueryAsync(new ContentQuery { ContentTypes = ["Article"] });
        var due = await session.Workflow.ListReviewsDueAsync(new Dictionary<string, int> { ["Article"] = 12 }, DateTimeOffset.Parse("2026-03-03T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), 10);
        var notDue = await session.Workflow.ListReviewsDueAsync(new Dictionary<string, int> { ["Article"] = 12 }, DateTimeOffset.Parse("2025-06-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), 10);
        Assert.Equal(Migrations.Where(m => m.Version >= 9).Select(m => $"{m.Version}: {m.Name}"), applied);
        Assert.Equal(("alice", DateTimeOffset.Parse(At, System.Globalization.CultureInfo.InvariantCulture)), (live!.Owner, live.CreatedUtc));
        Assert.Equal(["live"], published.Items.Select(i => i.ContentItemId));
        Assert.Equal(1, published.TotalCount);
        Assert.Equal(["live"], due.Select(d => d.ContentItemId));
        Assert.Empty(notDue);
        Assert.Equal(1, await old.ScalarRawAsync("SELECT COUNT(*) FROM content_versions WHERE deleted AND content_item_id = 'gone'"));
    }

    [Fact]
    public async Task Should_place_existing_content_in_the_default_culture_when_migrating_to_localization()
    {
        await using var old = await CreateDatabaseAsync(migrated: false);
        await old.ExecuteRawAsync(MigrationTable);
        foreach (var (version, name, sql) in Migrations.Where(m => m.Version < 17))
        {
            await old.ExecuteRawAsync($"{sql}\nINSERT INTO schema_migrations (version, name, applied_utc) VALUES ({version}, '{name.Replace("'", "''", StringComparison.Ordinal)}', '{At}');");
        }

        await old.ExecuteRawAsync($"""
            INSERT INTO content_items (content_item_id, content_type, owner, created_utc) VALUES ('hotline', 'Resource', 'alice', '{At}');
            INSERT INTO content_versions (content_item_version_id, content_item_id, content_type, version_number, latest, published, display_text, slug, author, modified_utc, published_utc, content_hash, fields, workflow_status, owner, created_utc)
                VALUES ('hotline-v1', 'hotline', 'Resource', 1, TRUE, TRUE, 'Hotline', 'hotline', 'alice', '{At}', '{At}', 'sha256:hotline', '{"{"}"name":"Hotline"{"}"}', 'Published', 'alice', '{At}');
            INSERT INTO content_slugs (content_type, slug, content_item_id) VALUES ('Resource', 'hotline', 'hotline');
            INSERT INTO search_documents (content_item_version_id, content_item_id, content_type, in_public, in_editorial, title, tags, summary, body)
                VALUES ('hotline-v1', 'hotline', 'Resource', TRUE, TRUE, 'Hotline', '', '', '');
            """);

        var applied = await old.Store.MigrateAsync();

        await using var session = await old.Store.OpenReadAsync();
        var hotline = await session.Content.GetAsync("hotline", VersionSelector.Published);
        var english = await session.Content.QueryAsync(new ContentQuery { Cultures = ["en-US"] });
        var documents = await session.Search.GetIndexedDocumentsAsync(["hotline"]);
        Assert.Equal(Migrations.Where(m => m.Version >= 17).Select(m => $"{m.Version}: {m.Name}"), applied);
        Assert.Equal(("en-US", "hotline", (string?)null), (hotline!.Culture, hotline.LocalizationSet, hotline.TranslationOf));
        Assert.Equal(["hotline"], english.Items.Select(i => i.ContentItemId));
        Assert.Equal("hotline", (await session.Content.FindBySlugsAsync("Resource", ["hotline"], ["en-US"]))["hotline"]);
        Assert.Equal(("en-US", "hotline"), (documents.Single().Culture, documents.Single().LocalizationSet));
    }
}
