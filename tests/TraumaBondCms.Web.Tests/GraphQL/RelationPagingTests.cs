namespace TraumaBondCms.Web.Tests.GraphQL;

/// <summary>
/// Reverse relations are Relay connections a front end can walk: 320 FAQs on one topic read page by page with
/// <c>first</c>/<c>after</c> and back with <c>last</c>/<c>before</c> give every FAQ once, in one order, as counted.
/// </summary>
[Collection(ManyFaqsCollection.Name)]
public sealed class RelationPagingTests(ManyFaqsHost many)
{
    private const string Forward = """
        query($after: String) { topic(slug: "trauma-bonding") { faqs(first: 100, after: $after) {
          totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id } } } }
        """;

    private const string Backward = """
        query($before: String) { topic(slug: "trauma-bonding") { faqs(last: 100, before: $before) {
          totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id } } } }
        """;

    [Fact]
    public async Task Should_give_every_item_once_in_one_order_when_a_relation_is_paged_forward_and_backward()
    {
        using var reader = many.Host.Anonymous();

        var forward = await WalkAsync(reader, Forward, "after", "endCursor", "hasNextPage");
        var backward = await WalkAsync(reader, Backward, "before", "startCursor", "hasPreviousPage");

        Assert.True(forward.Ids.Count >= ManyFaqsHost.Count, $"only {forward.Ids.Count} FAQs");
        Assert.Equal(forward.Ids.Count, forward.Ids.Distinct().Count());
        Assert.Equal(forward.Total, forward.Ids.Count);
        Assert.Equal(forward.Total, backward.Total);
        Assert.Equal(forward.Ids, Enumerable.Reverse(backward.Pages).SelectMany(p => p).ToList());
        Assert.Contains("many-faq-000", forward.Ids);
    }

    // Follows the cursor until the page says there is no more; returns every page's ids in the order read.
    private static async Task<(int Total, List<string> Ids, List<List<string>> Pages)> WalkAsync(HttpClient reader, string query, string argument, string cursor, string more)
    {
        var pages = new List<List<string>>();
        string? next = null;
        var total = -1;
        while (true)
        {
            var faqs = (await reader.GraphQLAsync(query, new Dictionary<string, object?> { [argument] = next })).Ok().GetProperty("topic").GetProperty("faqs");
            total = faqs.GetProperty("totalCount").GetInt32();
            pages.Add(faqs.GetProperty("nodes").Strings("id"));
            var info = faqs.GetProperty("pageInfo");
            Assert.True(pages.Count <= 10, "the walk does not end");
            if (!info.GetProperty(more).GetBoolean())
            {
                return (total, pages.SelectMany(p => p).ToList(), pages);
            }

            next = info.GetProperty(cursor).GetString();
        }
    }
}
