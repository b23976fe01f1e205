using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Recipes;

namespace TraumaBondCms.Web.Tests.GraphQL;

/// <summary>The schema generated from content definitions: field types by kind, and regeneration when a recipe changes definitions.</summary>
[Collection(GeneratedContentCollection.Name)]
public sealed class SchemaGenerationTests(GeneratedContentHost generated)
{
    [Fact]
    public async Task Should_type_each_article_field_by_its_kind()
    {
        using var admin = await generated.Host.AdminAsync();

        var response = await admin.GraphQLAsync("""{ __type(name: "Article") { interfaces { name } fields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }""");

        var type = response.Ok().GetProperty("__type");
        var fields = type.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => Describe(f.GetProperty("type")));
        Assert.Equal(["ContentItem", "Node"], type.GetProperty("interfaces").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
        Assert.Equal("MarkdownText!", fields["body"]);
        Assert.Equal("String!", fields["title"]);
        Assert.Equal("String", fields["summary"]);
        Assert.Equal("[Topic!]!", fields["topics"]);
        Assert.Equal("[Resource!]!", fields["relatedResources"]);
        Assert.Equal("FaqConnection!", fields["faqs"]);
        Assert.Equal("Int", fields["readingMinutes"]);
        Assert.Equal("ArticleAudience", fields["audience"]);
        Assert.Equal("[String!]!", fields["keyTakeaways"]);
        Assert.Equal("ClinicalReview", fields["review"]);
        Assert.Equal("ID!", fields["id"]);
        Assert.Equal("String", fields["slug"]);
    }

    [Fact]
    public async Task Should_refuse_anonymous_introspection_when_the_setting_turns_it_off()
    {
        using var reader = generated.Host.Anonymous();
        using var admin = await generated.Host.AdminAsync();

        var anonymous = await reader.GraphQLAsync("{ __schema { queryType { name } } }");
        var signedIn = await admin.GraphQLAsync("{ __schema { queryType { name } } }");

        Assert.Equal("INTROSPECTION_DISABLED", anonymous.Errors.Single().GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("Query", signedIn.Ok().GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Should_serve_a_new_type_and_its_reverse_relation_when_a_recipe_adds_it()
    {
        using var reader = generated.Host.Anonymous();
        var recipe = JsonSerializer.Serialize(new
        {
            name = "podcasts",
            steps = new object[]
            {
                new
                {
                    name = "ContentDefinition",
                    contentTypes = new[]
                    {
                        new
                        {
                            name = "Podcast",
                            displayTextField = "title",
                            slugField = "slug",
                            workflow = "clinical",
                            fields = new object[]
                            {
                                new { name = "title", kind = "Text", required = true, indexed = true },
                                new { name = "slug", kind = "Slug", generateFrom = "title", indexed = true },
                                new { name = "episode", kind = "Number", decimals = 0, min = 1, max = 9999, indexed = true },
                                new { name = "article", kind = "ContentPicker", allowedTypes = new[] { "Article" }, indexed = true },
                            },
                        },
                    },
                },
                new
                {
                    name = "Content",
                    sample = true,
                    items = new[] { new { contentItemId = "podcast-1", contentType = "Podcast", published = true, fields = new { title = "Episode one", episode = 1, article = new[] { "article-the-abuse-cycle" } } } },
                },
            },
        });
        var before = await reader.GraphQLAsync("{ podcasts { totalCount } }");

        await generated.Host.Services.GetRequiredService<RecipeRunner>().RunAsync(RecipeDocument.Parse(recipe, "podcasts"), CmsActor.System);

        var after = await reader.GraphQLAsync("""{ podcasts(where: { episode: { gte: 1 } }) { totalCount nodes { title episode article { id } } } article(id: "article-the-abuse-cycle") { podcasts { nodes { slug } } } }""");
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", before.Errors.Single().GetProperty("extensions").GetProperty("code").GetString());
        var data = after.Ok();
        Assert.Equal(1, data.GetProperty("podcasts").GetProperty("totalCount").GetInt32());
        Assert.Equal("article-the-abuse-cycle", data.GetProperty("podcasts").GetProperty("nodes")[0].GetProperty("article").GetProperty("id").GetString());
        Assert.Equal("episode-one", data.GetProperty("article").GetProperty("podcasts").GetProperty("nodes")[0].GetProperty("slug").GetString());
    }

    private static string Describe(JsonElement type) => type.GetProperty("kind").GetString() switch
    {
        "NON_NULL" => Describe(type.GetProperty("ofType")) + "!",
        "LIST" => "[" + Describe(type.GetProperty("ofType")) + "]",
        _ => type.GetProperty("name").GetString()!,
    };
}
