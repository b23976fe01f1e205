using System.Text.Json;

namespace TraumaBondCms.Web.Tests.GraphQL;

/// <summary>The query shapes of the content API over HTTP against the setup recipe's content: items, connections, relations, reviews.</summary>
[Collection(SeededGraphQLCollection.Name)]
public sealed class ContentQueryTests(SeededGraphQLHost seeded)
{
    private readonly HttpClient _reader = seeded.Host.Anonymous();

    [Fact]
    public async Task Should_return_the_same_article_when_it_is_read_by_id_and_by_slug()
    {
        const string query = "query($id: ID, $slug: String) { article(id: $id, slug: $slug) { id slug title contentType version workflowStatus publishedUtc } }";

        var byId = (await _reader.GraphQLAsync(query, new { id = "article-why-leaving-is-hard" })).Ok().GetProperty("article");
        var bySlug = (await _reader.GraphQLAsync(query, new { slug = "why-leaving-is-hard" })).Ok().GetProperty("article");

        Assert.Equal(byId.ToString(), bySlug.ToString());
        Assert.Equal("Article", byId.GetProperty("contentType").GetString());
        Assert.Equal("PUBLISHED", byId.GetProperty("workflowStatus").GetString());
        Assert.Equal(JsonValueKind.String, byId.GetProperty("publishedUtc").ValueKind);
    }

    [Fact]
    public async Task Should_return_null_when_the_id_is_unknown_or_of_another_type()
    {
        var response = await _reader.GraphQLAsync("""{ a: article(id: "no-such-item") { id } b: article(id: "faq-what-is-a-safety-plan") { id } c: faq(id: "faq-what-is-a-safety-plan") { id } }""");

        var data = response.Ok();
        Assert.Equal(JsonValueKind.Null, data.GetProperty("a").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("b").ValueKind);
        Assert.Equal("faq-what-is-a-safety-plan", data.GetProperty("c").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Should_refuse_a_lookup_when_both_or_neither_id_and_slug_are_given()
    {
        var both = await _reader.GraphQLAsync("""{ article(id: "article-why-leaving-is-hard", slug: "why-leaving-is-hard") { id } }""");
        var neither = await _reader.GraphQLAsync("{ article { id } }");

        both.Error("VALIDATION_FAILED", "id");
        neither.Error("VALIDATION_FAILED", "id");
    }

    [Fact]
    public async Task Should_render_markdown_fields_as_html_and_plain_text()
    {
        var response = await _reader.GraphQLAsync("""{ article(slug: "the-abuse-cycle") { body { markdown html plainText } } }""");

        var body = response.Ok().GetProperty("article").GetProperty("body");
        Assert.StartsWith("## ", body.GetProperty("markdown").GetString());
        Assert.StartsWith("<h2", body.GetProperty("html").GetString());
        Assert.DoesNotContain("##", body.GetProperty("plainText").GetString());
        Assert.DoesNotContain("<", body.GetProperty("plainText").GetString());
    }

    [Fact]
    public async Task Should_resolve_pickers_tags_and_reverse_relations_to_items()
    {
        var response = await _reader.GraphQLAsync("""
            {
              article(id: "article-the-abuse-cycle") {
                faqs(orderBy: [{ field: POSITION }]) { totalCount nodes { position article { id } } }
                relatedResources { id articles { nodes { id } } }
                topics { slug articles(first: 100) { nodes { id } } parent { slug topics { nodes { slug } } } }
              }
            }
            """);

        var article = response.Ok().GetProperty("article");
        Assert.Equal(4, article.GetProperty("faqs").GetProperty("totalCount").GetInt32());
        Assert.Equal(new[] { 1, 2, 3, 4 }, article.GetProperty("faqs").GetProperty("nodes").EnumerateArray().Select(f => f.GetProperty("position").GetInt32()));
        Assert.All(article.GetProperty("faqs").GetProperty("nodes").EnumerateArray(), f => Assert.Equal("article-the-abuse-cycle", f.GetProperty("article").GetProperty("id").GetString()));
        Assert.Contains("resource-us-ndvh", article.GetProperty("relatedResources").Strings("id"));
        Assert.All(article.GetProperty("relatedResources").EnumerateArray(), r => Assert.Contains("article-the-abuse-cycle", r.GetProperty("articles").GetProperty("nodes").Strings("id")));
        var cycle = article.GetProperty("topics").EnumerateArray().Single(t => t.GetProperty("slug").GetString() == "abuse-cycle");
        Assert.Contains("article-the-abuse-cycle", cycle.GetProperty("articles").GetProperty("nodes").Strings("id"));
        Assert.Equal("trauma-bonding", cycle.GetProperty("parent").GetProperty("slug").GetString());
        Assert.Contains("abuse-cycle", cycle.GetProperty("parent").GetProperty("topics").GetProperty("nodes").Strings("slug"));
    }

    [Fact]
    public async Task Should_mark_the_recipes_sample_content_as_unreviewed_samples_when_they_are_served_outside_production()
    {
        var response = await _reader.GraphQLAsync("""{ article(slug: "the-abuse-cycle") { review { reviewer credentials reviewedUtc nextReviewDueUtc clinicallyReviewed sample statement } } topic(slug: "abuse") { review { reviewer clinicallyReviewed sample } } }""");

        var data = response.Ok();
        var review = data.GetProperty("article").GetProperty("review");
        Assert.False(review.GetProperty("clinicallyReviewed").GetBoolean());
        Assert.True(review.GetProperty("sample").GetBoolean());
        Assert.Equal("Sample content, not clinically reviewed.", review.GetProperty("statement").GetString());
        Assert.Equal(JsonValueKind.Null, review.GetProperty("reviewer").ValueKind);
        var topic = data.GetProperty("topic").GetProperty("review");
        Assert.Equal((false, true), (topic.GetProperty("clinicallyReviewed").GetBoolean(), topic.GetProperty("sample").GetBoolean()));
    }

    [Fact]
    public async Task Should_page_a_relay_connection_when_first_and_after_are_given()
    {
        const string query = "query($after: String) { articles(first: 2, after: $after) { totalCount edges { cursor node { id } } nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }";

        var first = (await _reader.GraphQLAsync(query)).Ok().GetProperty("articles");
        var second = (await _reader.GraphQLAsync(query, new { after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).Ok().GetProperty("articles");

        Assert.Equal(3, first.GetProperty("totalCount").GetInt32());
        Assert.Equal(first.GetProperty("nodes").Strings("id"), first.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
        Assert.Equal(first.GetProperty("edges")[0].GetProperty("cursor").GetString(), first.GetProperty("pageInfo").GetProperty("startCursor").GetString());
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(first.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Single(second.GetProperty("nodes").EnumerateArray());
        Assert.False(second.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(second.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(3, first.GetProperty("nodes").Strings("id").Concat(second.GetProperty("nodes").Strings("id")).Distinct().Count());
    }

    [Fact]
    public async Task Should_read_items_of_several_types_through_the_content_item_interface()
    {
        var response = await _reader.GraphQLAsync("""
            {
              contentItems(types: [Article, Faq], first: 100, orderBy: [{ field: ID }]) {
                totalCount
                nodes { __typename id displayText ... on Faq { question } ... on Article { title } }
              }
              contentItem(id: "topic-abuse") { __typename ... on Topic { title } }
            }
            """);

        var data = response.Ok();
        var nodes = data.GetProperty("contentItems").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(12, data.GetProperty("contentItems").GetProperty("totalCount").GetInt32());
        Assert.Equal(nodes.Select(n => n.GetProperty("id").GetString()).Order(StringComparer.Ordinal), nodes.Select(n => n.GetProperty("id").GetString()));
        Assert.All(nodes, n => Assert.Equal(n.GetProperty("displayText").GetString(), n.GetProperty(n.GetProperty("__typename").GetString() == "Faq" ? "question" : "title").GetString()));
        Assert.Equal(new[] { "Article", "Faq" }, nodes.Select(n => n.GetProperty("__typename").GetString()).Distinct().Order());
        Assert.Equal("Topic", data.GetProperty("contentItem").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Should_require_credentials_when_an_anonymous_reader_asks_for_drafts()
    {
        var list = await _reader.GraphQLAsync("{ articles(status: DRAFT) { nodes { id } } }");
        var item = await _reader.GraphQLAsync("""{ article(id: "article-the-abuse-cycle", status: LATEST) { id } }""");

        list.Error("UNAUTHENTICATED");
        item.Error("UNAUTHENTICATED");
        Assert.Equal("no-store", list.Http.Headers.CacheControl?.ToString());
    }
}
