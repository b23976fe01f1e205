namespace TraumaBondCms.Web.Tests.GraphQL;

/// <summary>Relay Global Object Identification: every content type's ids are global, and <c>node</c>/<c>nodes</c> fetch them again.</summary>
[Collection(SeededGraphQLCollection.Name)]
public sealed class RelayNodeTests(SeededGraphQLHost seeded)
{
    [Theory]
    [InlineData("articles", "Article")]
    [InlineData("faqs", "Faq")]
    [InlineData("resources", "Resource")]
    [InlineData("topics", "Topic")]
    public async Task Should_fetch_the_same_item_again_when_node_is_given_its_id(string list, string type)
    {
        using var reader = seeded.Host.Anonymous();
        var ids = (await reader.GraphQLAsync($"{{ {list}(first: 3) {{ nodes {{ id }} }} }}")).Ok().GetProperty(list).GetProperty("nodes").Strings("id");

        var one = await reader.GraphQLAsync("query($id: ID!) { node(id: $id) { __typename id ... on ContentItem { contentType displayText } } }", new { id = ids[0] });
        var many = await reader.GraphQLAsync("query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }", new { ids = ids.Append("no-such-item").ToArray() });

        var node = one.Ok().GetProperty("node");
        Assert.Equal((type, ids[0], type), (node.GetProperty("__typename").GetString(), node.GetProperty("id").GetString(), node.GetProperty("contentType").GetString()));
        var nodes = many.Ok().GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(ids, nodes.Take(ids.Count).Select(n => n.GetProperty("id").GetString()));
        Assert.All(nodes.Take(ids.Count), n => Assert.Equal(type, n.GetProperty("__typename").GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, nodes[^1].ValueKind);
    }

    [Fact]
    public async Task Should_give_ids_unique_across_types_when_all_items_are_listed()
    {
        using var reader = seeded.Host.Anonymous();

        var items = (await reader.GraphQLAsync("{ contentItems(first: 100) { nodes { id } } }")).Ok().GetProperty("contentItems").GetProperty("nodes").Strings("id");

        Assert.Equal(items.Count, items.Distinct(StringComparer.Ordinal).Count());
        Assert.True(items.Count > 20);
    }
}
