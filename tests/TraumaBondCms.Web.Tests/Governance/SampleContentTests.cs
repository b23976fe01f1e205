using System.Net;
using System.Text.Json;
using TraumaBondCms.Web.Tests.GraphQL;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Governance;

/// <summary>
/// Break 2 of issue 13, for the setup recipe: it published 17 articles, FAQs and resources (and the topics) with no
/// clinical signature, and readers were told they were reviewed. A fresh Production install now serves nothing
/// unreviewed over GraphQL, REST or search, and everything waits in the review queue; Development (what
/// <c>dotnet run</c> uses) publishes the samples for a first look, marked as unreviewed samples in every API.
/// </summary>
public sealed class SampleContentTests
{
    private const string Everything = "{ articles { totalCount } faqs { totalCount } resources { totalCount } topics { totalCount } }";

    [Fact]
    public async Task Should_serve_no_unreviewed_item_to_anonymous_readers_when_a_fresh_production_install_starts()
    {
        using var host = new CmsTestHost(environment: "Production");
        using var reader = host.Anonymous();
        using var admin = await host.AdminAsync();

        var graphQL = (await reader.GraphQLAsync(Everything)).Ok();
        var rest = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync("/api/content?type=Article,Faq,Resource,Topic"));
        var article = await reader.GetAsync("/api/content/article-the-abuse-cycle");
        var searches = await Task.WhenAll(new[] { "trauma bonding", "hotline", "he hits me", "abuse" }.Select(q => reader.GetAsync($"/api/search?q={Uri.EscapeDataString(q)}")));
        var graphQLSearch = (await reader.GraphQLAsync("{ a: search(query: \"trauma bonding\") { total hits { displayText } } b: search(query: \"he hits me\") { total hits { displayText } } }")).Ok();
        var routing = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync("/api/crisis-resources?region=US"));
        var queue = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync("/api/reviews/queue?first=100"));
        var submitted = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync("/api/audit?action=content.submitted_by_recipe&limit=100"));

        Assert.All(new[] { "articles", "faqs", "resources", "topics" }, type => Assert.Equal(0, graphQL.GetProperty(type).GetProperty("totalCount").GetInt32()));
        Assert.Equal(0, rest.GetProperty("totalCount").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, article.StatusCode);
        foreach (var search in searches)
        {
            var body = await HttpAssert.StatusAsync(HttpStatusCode.OK, search);
            Assert.Equal(0, body.GetProperty("total").GetInt32());
            Assert.Empty(body.GetProperty("hits").EnumerateArray());
        }

        Assert.All(new[] { "a", "b" }, alias => Assert.Equal((0, 0), (graphQLSearch.GetProperty(alias).GetProperty("total").GetInt32(), graphQLSearch.GetProperty(alias).GetProperty("hits").GetArrayLength())));
        var entry = Assert.Single(routing.GetProperty("resources").EnumerateArray());
        Assert.False(entry.TryGetProperty("contentItemId", out var itemId) && itemId.ValueKind != JsonValueKind.Null, "Only the built-in fallback, which is no content item, is routed to.");
        // The 29 samples, and the 5 Spanish translations the recipe submits for review in every environment.
        Assert.Equal(34, queue.GetProperty("items").GetArrayLength());
        Assert.Equal(34, submitted.GetArrayLength());
    }

    [Fact]
    public void Should_refuse_to_start_when_production_is_configured_to_publish_samples()
    {
        var start = () => new CmsTestHost(settings: new Dictionary<string, string?> { ["Cms:Governance:PublishSamples"] = "true" }, environment: "Production");

        var refused = Assert.ThrowsAny<Exception>(start);

        Assert.Contains("never served to readers in Production", Flatten(refused));
    }

    [Fact]
    public async Task Should_take_published_samples_offline_when_a_database_from_a_test_machine_starts_in_production()
    {
        var dataPath = CmsTestHost.NewDataPath();
        using (var testing = new CmsTestHost(dataPath) { KeepData = true })
        {
            Assert.True((await testing.Anonymous().GraphQLAsync(Everything)).Ok().GetProperty("articles").GetProperty("totalCount").GetInt32() > 0);
        }

        using var production = new CmsTestHost(dataPath, environment: "Production");
        using var admin = await production.AdminAsync();
        var graphQL = (await production.Anonymous().GraphQLAsync(Everything)).Ok();
        var withdrawn = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync("/api/audit?action=content.sample_withdrawn&limit=100"));

        Assert.All(new[] { "articles", "faqs", "resources", "topics" }, type => Assert.Equal(0, graphQL.GetProperty(type).GetProperty("totalCount").GetInt32()));
        Assert.Equal(29, withdrawn.GetArrayLength());
    }

    [Fact]
    public async Task Should_publish_the_samples_marked_as_unreviewed_in_every_api_when_development_starts()
    {
        using var host = new CmsTestHost(environment: "Development");
        using var reader = host.Anonymous();

        var item = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync("/api/content/article-the-abuse-cycle"));
        var list = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync("/api/content?type=Faq&first=1"));
        var search = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync("/api/search?q=trauma%20bonding"));
        var graphQL = (await reader.GraphQLAsync("{ article(slug: \"the-abuse-cycle\") { review { clinicallyReviewed sample statement } } }")).Ok();

        Assert.Equal((false, true), (item.GetProperty("review").GetProperty("clinicallyReviewed").GetBoolean(), item.GetProperty("review").GetProperty("sample").GetBoolean()));
        Assert.True(list.GetProperty("items")[0].GetProperty("review").GetProperty("sample").GetBoolean());
        Assert.NotEmpty(search.GetProperty("hits").EnumerateArray());
        Assert.All(search.GetProperty("hits").EnumerateArray(), hit => Assert.True(hit.GetProperty("sample").GetBoolean()));
        var review = graphQL.GetProperty("article").GetProperty("review");
        Assert.Equal((false, true, "Sample content, not clinically reviewed."), (review.GetProperty("clinicallyReviewed").GetBoolean(), review.GetProperty("sample").GetBoolean(), review.GetProperty("statement").GetString()));
    }

    private static string Flatten(Exception exception) => exception.InnerException is { } inner ? exception.Message + " " + Flatten(inner) : exception.Message;
}
