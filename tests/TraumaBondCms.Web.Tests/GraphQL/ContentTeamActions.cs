using System.Text.Json;

namespace TraumaBondCms.Web.Tests.GraphQL;

/// <summary>The editorial steps as GraphQL mutations, for tests that need content in a given state.</summary>
public static class ContentTeamActions
{
    /// <summary>The reviewers' password is their user name followed by this.</summary>
    public const string PasswordSuffix = "-password-1";

    /// <summary>Creates a draft FAQ as <paramref name="editor"/>; returns its id.</summary>
    public static async Task<string> CreateFaqAsync(HttpClient editor, string question, string answer, string? article = null)
    {
        var response = await editor.GraphQLAsync(
            "mutation($fields: FaqInput!) { createFaq(fields: $fields) { id version workflowStatus } }",
            new { fields = new { question, answer, article } });
        return response.Ok().GetProperty("createFaq").GetProperty("id").GetString()!;
    }

    /// <summary>Runs a mutation that must succeed; returns its data.</summary>
    public static async Task<JsonElement> MustAsync(HttpClient client, string mutation, object? variables = null) =>
        (await client.GraphQLAsync(mutation, variables)).Ok();

    /// <summary>The latest version number of an item (read by a client that may see drafts).</summary>
    public static async Task<int> LatestVersionAsync(HttpClient client, string id) =>
        (await client.GraphQLAsync("query($id: ID!) { contentItem(id: $id, status: LATEST) { version } }", new { id })).Ok().GetProperty("contentItem").GetProperty("version").GetInt32();

    /// <summary>Submits the latest version, and has <paramref name="reviewer"/> (user <paramref name="reviewerName"/>) approve it.</summary>
    public static async Task SubmitAndApproveAsync(HttpClient editor, HttpClient reviewer, string reviewerName, string id)
    {
        var version = await LatestVersionAsync(editor, id);
        await MustAsync(editor, "mutation($id: ID!, $v: Int) { submitForReview(id: $id, expectedVersion: $v) { to } }", new { id, v = version });
        await MustAsync(reviewer, "mutation($id: ID!, $v: Int, $p: String) { approve(id: $id, expectedVersion: $v, password: $p) { to } }", new { id, v = version, p = reviewerName + PasswordSuffix });
    }

    /// <summary>Publishes the approved latest version.</summary>
    public static Task<JsonElement> PublishAsync(HttpClient editor, string id) =>
        MustAsync(editor, "mutation($id: ID!) { publish(id: $id) { id version workflowStatus } }", new { id });

    /// <summary>Creates a FAQ and walks it to Published through review; returns its id.</summary>
    public static async Task<string> PublishedFaqAsync(ContentTeam team, string question, string answer)
    {
        var id = await CreateFaqAsync(team.Editor, question, answer);
        await SubmitAndApproveAsync(team.Editor, team.Reviewer, "dr.okafor", id);
        await PublishAsync(team.Editor, id);
        return id;
    }

    /// <summary>Edits the latest version's answer (a new draft version); returns the new version number.</summary>
    public static async Task<int> EditAnswerAsync(HttpClient editor, string id, string answer)
    {
        var version = await LatestVersionAsync(editor, id);
        var data = await MustAsync(editor, "mutation($id: ID!, $v: Int!, $f: FaqInput!) { updateFaq(id: $id, expectedVersion: $v, fields: $f) { version } }", new { id, v = version, f = new { answer } });
        return data.GetProperty("updateFaq").GetProperty("version").GetInt32();
    }
}
