using System.Net;
using Microsoft.Data.Sqlite;
using TraumaBondCms.Web.Tests.Infrastructure;
using static TraumaBondCms.Web.Tests.Search.SearchApi;

namespace TraumaBondCms.Web.Tests.Search;

/// <summary>
/// A full rebuild (the <c>search rebuild</c> command while the server runs, or on start when documents or the index are
/// missing) changes no answer: the same hits in the same order, totals, facets and snippets. Scores are left out: a
/// rebuilt index has other statistics (no deleted documents).
/// </summary>
public sealed class SearchRebuildTests
{
    private static readonly string[] Queries = ["no contact", "why can't I leave", "hotline", "trauma bond leave", "gasl*", "abuse -physical", "he hits me"];

    [Fact]
    public async Task Should_answer_every_search_identically_when_the_command_rebuilds_the_index()
    {
        using var host = new CmsTestHost();
        using var admin = await host.AdminAsync();
        await EditSomethingAsync(host, admin);
        var before = await AnswersAsync(host, admin);

        var run = await CliProcess.RunAsync(host.DataPath, null, "search", "rebuild");

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("Search rebuilt", run.Output);
        Assert.Equal(before, await AnswersAsync(host, admin));
    }

    [Fact]
    public async Task Should_rebuild_the_index_with_a_progress_bar_when_no_server_has_it_open()
    {
        var (dataPath, before) = await AnswersOfAStoppedInstanceAsync();

        try
        {
            var run = await CliProcess.RunAsync(dataPath, null, "search", "rebuild");

            Assert.True(run.ExitCode == 0, run.Output + run.Error);
            Assert.Contains("100%", run.Output);
            Assert.Contains("[##############################]", run.Output);
            using var second = new CmsTestHost(dataPath);
            using var again = await second.AdminAsync();
            Assert.Equal(before, await AnswersAsync(second, again));
        }
        finally
        {
            CmsTestHost.DeleteData(dataPath);
        }
    }

    [Fact]
    public async Task Should_index_existing_content_on_start_when_search_documents_are_missing()
    {
        var (dataPath, before) = await AnswersOfAStoppedInstanceAsync();

        ForgetSearchDocuments(dataPath);

        using var second = new CmsTestHost(dataPath);
        using var again = await second.AdminAsync();

        // The documents are new, so items with exactly equal scores may trade places; everything else is the same.
        Assert.Equal(before.Select(TiesInIdOrder), (await AnswersAsync(second, again)).Select(TiesInIdOrder));
    }

    private static string TiesInIdOrder(string answer)
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(answer)!.AsObject();
        var ordered = root["hits"]!.AsArray()
            .Select(h => h!.ToJsonString())
            .Order(StringComparer.Ordinal)
            .ToList();
        root.Remove("hits");
        root.Remove("nextCursor");
        return root.ToJsonString() + string.Join("\n", ordered);
    }

    private static async Task EditSomethingAsync(CmsTestHost host, HttpClient admin)
    {
        var created = await HttpAssert.StatusAsync(HttpStatusCode.Created, await admin.PostAsync("/api/content", JsonContent("""{ "contentType": "Topic", "fields": { "title": "Hoovering", "description": "Attempts to pull someone back after they leave." } }""")));
        await host.PublishThroughReviewAsync(admin, created.GetProperty("contentItemId").GetString()!);
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    // A fresh instance's answers, and its data folder, kept after it stopped.
    private static async Task<(string DataPath, IReadOnlyList<string> Answers)> AnswersOfAStoppedInstanceAsync()
    {
        using var first = new CmsTestHost { KeepData = true };
        using var admin = await first.AdminAsync();
        return (first.DataPath, await AnswersAsync(first, admin));
    }

    // Everything a client sees, public and editorial, as raw JSON.
    private static async Task<IReadOnlyList<string>> AnswersAsync(CmsTestHost host, HttpClient admin)
    {
        using var reader = host.Anonymous();
        var answers = new List<string>();
        foreach (var query in Queries)
        {
            answers.Add(WithoutScores(await (await reader.GetAsync($"/api/search?q={Uri.EscapeDataString(query)}&first=50")).Content.ReadAsStringAsync()));
            answers.Add(WithoutScores(await (await admin.GetAsync($"/api/search?q={Uri.EscapeDataString(query)}&first=50&scope=editorial")).Content.ReadAsStringAsync()));
        }

        Assert.All(answers, a => Assert.Contains("\"hits\"", a));
        return answers;
    }

    private static string WithoutScores(string answer)
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(answer)!.AsObject();
        foreach (var hit in root["hits"]!.AsArray())
        {
            hit!.AsObject().Remove("score");
        }

        return root.ToJsonString();
    }

    // What a database written before search looks like: content without search documents, and no index.
    private static void ForgetSearchDocuments(string dataPath)
    {
        Directory.Delete(Path.Combine(dataPath, "search-index"), recursive: true);
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataPath, "cms.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            DELETE FROM search_changes;
            DELETE FROM search_documents;
            """;
        command.ExecuteNonQuery();
    }
}
