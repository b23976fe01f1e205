using System.Net;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Admin;

/// <summary>What an anonymous front end reads of an item: the published version's title, or null when nothing is published.</summary>
public static class PublicContentApi
{
    /// <summary>
    /// The published title of <paramref name="id"/> as an anonymous reader gets it. Reads <c>GET /api/content/{id}</c> today;
    /// when <c>/api/graphql</c> lands, the one line below switches to a GraphQL query of the item.
    /// </summary>
    public static async Task<string?> PublishedTitleAsync(CmsTestHost host, string id)
    {
        using var anonymous = host.Anonymous();
        var response = await anonymous.GetAsync($"/api/content/{id}");
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        var item = await HttpAssert.StatusAsync(HttpStatusCode.OK, response);
        Assert.True(item.GetProperty("published").GetBoolean(), $"An anonymous reader got an unpublished version: {item}");
        return item.GetProperty("displayText").GetString();
    }
}
