using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TraumaBondCms.Web.Recipes;
using TraumaBondCms.Web.Tests.Infrastructure;
using static TraumaBondCms.Web.Tests.Search.SearchApi;

namespace TraumaBondCms.Web.Tests.Search;

/// <summary>Safety first: a query with a risk phrase is flagged and the published crisis resources come first, whatever else matches.</summary>
public sealed class CrisisSearchTests(SharedCmsHost shared) : IClassFixture<SharedCmsHost>
{
    private static readonly string[] SeededCrisisResources =
        ["resource-us-ndvh", "resource-us-988-lifeline", "resource-us-crisis-text-line", "resource-gb-national-domestic-abuse-helpline"];

    [Theory]
    [InlineData("he hits me")]
    [InlineData("what do i do, HE HITS ME when he drinks")]
    [InlineData("I am afraid for my life")]
    [InlineData("suicidal thoughts after a breakup")]
    [InlineData("self-harm")]
    [InlineData("\"kill myself\"")]
    public async Task Should_flag_the_query_and_pin_the_crisis_resources_first_when_it_contains_a_risk_phrase(string query)
    {
        using var reader = shared.Host.Anonymous();

        var result = await SearchAsync(reader, query);

        Assert.True(result.GetProperty("crisis").GetBoolean());
        Assert.Equal(SeededCrisisResources, Ids(result).Take(4));
        Assert.Equal(SeededCrisisResources, Pinned(result));
        Assert.Equal(Ids(result).Length, Ids(result).Distinct().Count());
    }

    [Fact]
    public async Task Should_pin_crisis_resources_even_when_filters_exclude_them()
    {
        using var reader = shared.Host.Anonymous();

        var result = await SearchAsync(reader, "he hits me", "&type=Faq&topic=codependency");

        Assert.Equal(SeededCrisisResources, Pinned(result));
    }

    [Theory]
    [InlineData("hotline")]
    [InlineData("hits")]
    [InlineData("harm reduction")]
    public async Task Should_not_flag_the_query_when_it_has_no_risk_phrase(string query)
    {
        using var reader = shared.Host.Anonymous();

        var result = await SearchAsync(reader, query);

        Assert.False(result.GetProperty("crisis").GetBoolean());
        Assert.Empty(Pinned(result));
    }

    [Fact]
    public async Task Should_pin_only_published_resources_and_follow_the_recipe_when_the_configuration_changes()
    {
        using var host = new CmsTestHost();
        using var admin = await host.AdminAsync();
        using var reader = host.Anonymous();
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.PostAsJsonAsync("/api/content/resource-us-988-lifeline/unpublish", new { reason = "Number under review." }));
        var recipe = RecipeDocument.Parse(
            """
            { "name": "crisis-config", "steps": [ { "name": "Search", "riskPhrases": [ "blue moon" ], "crisisResources": [ "resource-us-988-lifeline", "resource-us-crisis-text-line" ] } ] }
            """,
            "test");

        var before = await SearchAsync(reader, "he hits me");
        await host.Services.GetRequiredService<RecipeRunner>().RunAsync(recipe, TraumaBondCms.Web.Auth.CmsActor.System);
        var configured = await SearchAsync(reader, "once in a blue moon");
        var old = await SearchAsync(reader, "he hits me");

        Assert.Equal(["resource-us-ndvh", "resource-us-crisis-text-line", "resource-gb-national-domestic-abuse-helpline"], Pinned(before));
        Assert.True(configured.GetProperty("crisis").GetBoolean());
        Assert.Equal(["resource-us-crisis-text-line"], Pinned(configured));
        Assert.False(old.GetProperty("crisis").GetBoolean());
    }

    [Fact]
    public async Task Should_refuse_a_search_step_when_a_crisis_resource_does_not_exist()
    {
        var recipe = RecipeDocument.Parse(
            """{ "name": "bad-crisis", "steps": [ { "name": "Search", "crisisResources": [ "resource-nowhere" ] } ] }""",
            "test");

        var error = await Assert.ThrowsAsync<RecipeException>(() => shared.Host.Services.GetRequiredService<RecipeRunner>().RunAsync(recipe, TraumaBondCms.Web.Auth.CmsActor.System));

        Assert.Contains("resource-nowhere", error.Message);
        using var reader = shared.Host.Anonymous();
        Assert.Equal(SeededCrisisResources, Pinned(await SearchAsync(reader, "he hits me")));
    }
}
