using System.Net;
using System.Net.Http.Json;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Admin;

/// <summary>What an anonymous front end reads of an item over the public GraphQL API.</summary>
public static class PublicContentApi
{
    /// <summary>The published title of <paramref name="id"/> as an anonymous GraphQL client gets it; null when nothing is published.</summary>
    public static Task<string?> PublishedTitleAsync(CmsTestHost host, string id) => TitleAsync(host, id, "PUBLISHED", null);

    /// <summary>The latest (draft) title of <paramref name="id"/> read with a preview token and no account; null when the token does not open it.</summary>
    public static Task<string?> PreviewTitleAsync(CmsTestHost host, string id, string previewToken) => TitleAsync(host, id, "LATEST", previewToken);

    private static async Task<string?> TitleAsync(CmsTestHost host, string id, string status, string? previewToken)
    {
        using var anonymous = host.Anonymous();
        if (previewToken is not null)
        {
            anonymous.DefaultRequestHeaders.Add("X-Preview-Token", previewToken);
        }

        var body = await HttpAssert.StatusAsync(HttpStatusCode.OK, await anonymous.PostAsJsonAsync("/api/graphql", new
        {
            query = $"query ($id: ID!) {{ contentItem(id: $id, status: {status}) {{ displayText }} }}",
            variables = new { id },
        }));
        if (body.TryGetProperty("errors", out var errors))
        {
            return previewToken is null ? throw new Xunit.Sdk.XunitException($"GraphQL errors: {errors}") : null;
        }

        var item = body.GetProperty("data").GetProperty("contentItem");
        return item.ValueKind == System.Text.Json.JsonValueKind.Null ? null : item.GetProperty("displayText").GetString();
    }
}
