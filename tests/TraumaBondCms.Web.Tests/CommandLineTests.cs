using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TraumaBondCms.Core.Audit;
using TraumaBondCms.Data;
using TraumaBondCms.Data.Sqlite;
using TraumaBondCms.Web.Recipes;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests;

/// <summary>The command line of the real executable: recipes, users, backup. Each test has its own data folder.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public async Task Should_create_no_duplicates_when_the_setup_recipe_runs_again()
    {
        using var host = new CmsTestHost();
        var before = DatabaseSnapshot.Take(host.DataPath);

        var run = await CliProcess.RunAsync(host.DataPath, null, "recipe", "run", Path.Combine(AppContext.BaseDirectory, "recipes", "trauma-bonding-library.recipe.json"));

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("0 created, 0 updated, 0 published on a verified signature or exempt, 0 published as unreviewed samples", run.Output);
        var after = DatabaseSnapshot.Take(host.DataPath);
        foreach (var table in new[] { "content_items", "content_versions", "content_slugs", "users", "roles", "content_types" })
        {
            Assert.Equal(before.Tables[table], after.Tables[table]);
        }
    }

    [Fact]
    public async Task Should_serve_a_new_content_type_soon_when_a_recipe_adds_it_from_the_command_line_while_the_server_runs()
    {
        using var host = new CmsTestHost(settings: new Dictionary<string, string?> { ["Cms:Recipes:WatchInterval"] = "00:00:00.2" });
        using var admin = await host.SignInAsync("admin", CmsTestHost.AdminPassword);
        var term = new NewContent("GlossaryTerm", new { term = "Hoovering", definition = "Attempts to pull a person back into the relationship." });
        await HttpAssert.ProblemAsync(HttpStatusCode.BadRequest, await admin.PostAsJsonAsync("/api/content", term));
        var recipe = Path.Combine(host.DataPath, "glossary.recipe.json");
        await File.WriteAllTextAsync(recipe, """
            { "name": "glossary", "steps": [ { "name": "ContentDefinition", "contentTypes": [ {
                "name": "GlossaryTerm", "displayName": "Glossary term", "displayTextField": "term", "workflow": "clinical",
                "fields": [
                  { "name": "term", "displayName": "Term", "kind": "Text", "required": true, "maxLength": 80 },
                  { "name": "definition", "displayName": "Definition", "kind": "Text", "multiline": true, "maxLength": 500 }
                ] } ] } ] }
            """);

        var run = await CliProcess.RunAsync(host.DataPath, null, "recipe", "run", recipe);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        // The server loads the definitions again within a few watch intervals; until then the type is unknown to it.
        var status = await Eventually.ValueAsync(async () =>
        {
            using var response = await admin.PostAsJsonAsync("/api/content", term);
            return response.StatusCode == HttpStatusCode.Created ? response.StatusCode : (HttpStatusCode?)null;
        });
        Assert.Equal(HttpStatusCode.Created, status);
        var schema = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.PostAsJsonAsync("/api/graphql", new { query = "{ __type(name: \"GlossaryTerm\") { name } }" }));
        Assert.Equal("GlossaryTerm", schema.GetProperty("data").GetProperty("__type").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Should_keep_nothing_of_a_recipe_when_one_of_its_steps_fails()
    {
        using var host = new CmsTestHost();
        var before = DatabaseSnapshot.Take(host.DataPath);
        var recipe = RecipeDocument.Parse(
            """
            { "name": "half-broken", "steps": [
              { "name": "Settings", "settings": { "SiteName": "Changed" } },
              { "name": "Content", "items": [ { "contentItemId": "faq-ok", "contentType": "Faq", "published": true, "fields": { "question": "Fine?", "answer": "Yes." } } ] },
              { "name": "Content", "items": [ { "contentItemId": "faq-bad", "contentType": "Faq", "fields": { "question": "No answer?" } } ] }
            ] }
            """,
            "test");

        var error = await Assert.ThrowsAsync<RecipeException>(() => host.Services.GetRequiredService<RecipeRunner>().RunAsync(recipe, TraumaBondCms.Web.Auth.CmsActor.System));

        Assert.Contains("faq-bad", error.Message);
        Assert.Contains("answer", error.Message);
        DatabaseSnapshot.Take(host.DataPath).AssertUnchangedSince(before);
    }

    [Fact]
    public async Task Should_write_a_backup_that_opens_with_the_same_content()
    {
        using var host = new CmsTestHost();
        var backupPath = Path.Combine(host.DataPath, "backups", "copy.db");

        var run = await CliProcess.RunAsync(host.DataPath, null, "backup", backupPath);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("Backup: 100%", run.Output);
        var original = await PublishedHashesAsync(host.Store);
        var copy = await PublishedHashesAsync(new SqliteCmsStore(backupPath));
        Assert.Equal(29, original.Count);
        Assert.Equal(original, copy);
    }

    [Fact]
    public async Task Should_refuse_to_overwrite_an_existing_file_when_backing_up()
    {
        using var host = new CmsTestHost();
        var target = Path.Combine(host.DataPath, "exists.db");
        await File.WriteAllTextAsync(target, "keep me");

        var run = await CliProcess.RunAsync(host.DataPath, null, "backup", target);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("already exists", run.Error);
        Assert.Equal("keep me", await File.ReadAllTextAsync(target));
    }

    [Fact]
    public async Task Should_add_a_reviewer_who_can_then_sign_in_when_users_add_is_run()
    {
        using var host = new CmsTestHost();

        var add = await CliProcess.RunAsync(host.DataPath, "reviewer-secret-1", "users", "add", "dr.rivera", "--role", "ClinicalReviewer", "--display-name", "Dr. Ana Rivera", "--credential", "PsyD;PSY 12345;2030-01-31;California Board of Psychology");
        var list = await CliProcess.RunAsync(host.DataPath, null, "users", "list");
        using var client = await host.SignInAsync("dr.rivera", "reviewer-secret-1");
        var me = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync("/api/auth/me"));

        Assert.True(add.ExitCode == 0, add.Output + add.Error);
        Assert.Contains("dr.rivera", list.Output);
        Assert.Contains("PsyD, licence PSY 12345 (California Board of Psychology), valid to 2030-01-31", list.Output);
        Assert.Contains("ReviewContent", me.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task Should_invalidate_old_tokens_when_a_password_is_set()
    {
        using var host = new CmsTestHost();
        using var before = await host.AdminAsync();

        var run = await CliProcess.RunAsync(host.DataPath, "a-brand-new-password", "users", "set-password", "admin");
        using var stale = await before.GetAsync("/api/auth/me");
        using var fresh = await host.SignInAsync("admin", "a-brand-new-password");

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Equal(HttpStatusCode.Unauthorized, stale.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task Should_refuse_a_common_password_saying_why_when_a_user_is_added_from_the_command_line()
    {
        using var host = new CmsTestHost();
        var before = DatabaseSnapshot.Take(host.DataPath);

        var run = await CliProcess.RunAsync(host.DataPath, "password1234", "users", "add", "weak.cli", "--role", "Editor");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("most common", run.Output + run.Error, StringComparison.Ordinal);
        DatabaseSnapshot.Take(host.DataPath).AssertUnchangedSince(before);
    }

    [Fact]
    public async Task Should_print_usage_and_exit_2_when_the_command_is_unknown()
    {
        var data = CmsTestHost.NewDataPath();
        try
        {
            var run = await CliProcess.RunAsync(data, null, "users", "promote", "admin");

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("Usage:", run.Error);
        }
        finally
        {
            CmsTestHost.DeleteData(data);
        }
    }

    private static async Task<Dictionary<string, string>> PublishedHashesAsync(ICmsStore store)
    {
        await using var session = await store.OpenReadAsync();
        var page = await session.Content.QueryAsync(new ContentQuery { Status = ContentStatusFilter.Published, First = 500 });
        return page.Items.ToDictionary(i => i.ContentItemId, i => i.ContentHash);
    }
}
