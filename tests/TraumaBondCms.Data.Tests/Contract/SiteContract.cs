using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Data.Tests.Contract;

/// <summary>Site-wide state (settings, content types, recipe runs) and the schema: migrations and health.</summary>
public abstract class SiteContract : StoreContract
{
    [Fact]
    public async Task Should_replace_the_value_when_a_setting_is_set_again()
    {
        await WriteAsync(s => s.Site.SetSettingAsync("site.name", "\"TraumaBond\""));

        await WriteAsync(async s =>
        {
            await s.Site.SetSettingAsync("site.name", "\"TraumaBond CMS\"");
            await s.Site.SetSettingAsync("site.crisisLine", "{\"us\":\"988\"}");
        });

        Assert.Equal(
            new Dictionary<string, string> { ["site.name"] = "\"TraumaBond CMS\"", ["site.crisisLine"] = "{\"us\":\"988\"}" },
            await ReadAsync(s => s.Site.GetSettingsAsync()));
    }

    [Fact]
    public async Task Should_replace_the_definition_when_a_content_type_is_upserted_again()
    {
        await WriteAsync(s => s.Site.UpsertContentTypesAsync([Type("Faq", "Question"), Type("Article", "Title")]));

        await WriteAsync(s => s.Site.UpsertContentTypesAsync([Type("Faq", "Question", "Frequently asked question")]));

        var types = await ReadAsync(s => s.Site.GetContentTypesAsync());
        Assert.Equal(new[] { "Article", "Faq" }, types.Select(t => t.Name));
        Assert.Equal("Frequently asked question", types[1].Description);
        Assert.Equal(new[] { "question", "slug" }, types[1].Fields.Select(f => f.Name));
        Assert.Equal(ContentFieldKind.Slug, types[1].Fields[1].Kind);
    }

    [Fact]
    public async Task Should_report_a_recipe_as_run_when_its_run_is_recorded()
    {
        var before = await ReadAsync(s => s.Site.HasRecipeRunAsync("setup"));

        await WriteAsync(s => s.Site.RecordRecipeRunAsync("setup", "sha256:abc", Build.Tick(), "admin"));
        await WriteAsync(s => s.Site.RecordRecipeRunAsync("setup", "sha256:abc", Build.Tick(), null));

        Assert.False(before);
        Assert.True(await ReadAsync(s => s.Site.HasRecipeRunAsync("setup")));
        Assert.False(await ReadAsync(s => s.Site.HasRecipeRunAsync("sample-content")));
    }

    [Fact]
    public async Task Should_count_every_committed_recipe_run_and_no_rolled_back_one()
    {
        var before = await ReadAsync(s => s.Site.CountRecipeRunsAsync());
        await WriteAsync(s => s.Site.RecordRecipeRunAsync("setup", "sha256:abc", Build.Tick(), "admin"));
        await using (var abandoned = await Store.BeginWriteAsync())
        {
            await abandoned.Site.RecordRecipeRunAsync("sample-content", "sha256:def", Build.Tick(), null);
        }

        await WriteAsync(s => s.Site.RecordRecipeRunAsync("setup", "sha256:abc", Build.Tick(), null));

        Assert.Equal(0, before);
        Assert.Equal(2, await ReadAsync(s => s.Site.CountRecipeRunsAsync()));
    }

    /// <summary>Every engine applies the same migrations, numbered and named alike (checked by <see cref="Should_number_and_name_migrations_alike_for_every_engine"/>).</summary>
    protected static string[] ExpectedMigrations { get; } = Data.Sqlite.SqliteMigrations.All.Select(m => $"{m.Version}: {m.Name}").ToArray();

    [Fact]
    public void Should_number_and_name_migrations_alike_for_every_engine()
    {
        var postgres = Data.Postgres.PostgresMigrations.All.Select(m => $"{m.Version}: {m.Name}").ToArray();

        Assert.Equal(ExpectedMigrations, postgres);
        // Numbers rise; gaps are allowed (parallel branches are assigned their numbers ahead of landing).
        var versions = Data.Sqlite.SqliteMigrations.All.Select(m => m.Version).ToArray();
        Assert.Equal(1, versions[0]);
        Assert.All(versions.Zip(versions.Skip(1)), pair => Assert.True(pair.First < pair.Second, $"migration {pair.Second} follows {pair.First}"));
    }

    [Fact]
    public async Task Should_apply_every_migration_in_order_when_the_database_is_new()
    {
        await using var fresh = await CreateDatabaseAsync(migrated: false);

        var applied = await fresh.Store.MigrateAsync();

        Assert.Equal(ExpectedMigrations, applied);
        Assert.True((await fresh.Store.CheckHealthAsync()).Healthy);
    }

    [Fact]
    public async Task Should_apply_nothing_when_migrating_a_second_time()
    {
        await using var fresh = await CreateDatabaseAsync(migrated: false);
        await fresh.Store.MigrateAsync();

        var secondTime = await fresh.Store.MigrateAsync();

        Assert.Empty(secondTime);
        Assert.Equal(ExpectedMigrations.Length, await fresh.ScalarRawAsync("SELECT COUNT(*) FROM schema_migrations"));
    }

    [Fact]
    public async Task Should_report_healthy_when_the_schema_is_up_to_date()
    {
        var health = await Store.CheckHealthAsync();

        Assert.True(health.Healthy, health.Detail);
        Assert.Equal((Store.Engine, Data.Sqlite.SqliteMigrations.All[^1].Version), (health.Engine, health.SchemaVersion));
    }

    [Fact]
    public async Task Should_report_unhealthy_when_the_database_was_never_migrated()
    {
        await using var fresh = await CreateDatabaseAsync(migrated: false);

        var health = await fresh.Store.CheckHealthAsync();

        Assert.False(health.Healthy);
        Assert.Equal(0, health.SchemaVersion);
    }

    private static ContentTypeDefinition Type(string name, string displayField, string? description = null) => new()
    {
        Name = name,
        Description = description,
        DisplayTextField = displayField.ToLowerInvariant(),
        SlugField = "slug",
        Fields =
        [
            new ContentFieldDefinition { Name = displayField.ToLowerInvariant(), Kind = ContentFieldKind.Text, Required = true, MaxLength = 200 },
            new ContentFieldDefinition { Name = "slug", Kind = ContentFieldKind.Slug, GenerateFrom = displayField.ToLowerInvariant(), Indexed = true },
        ],
    };
}
