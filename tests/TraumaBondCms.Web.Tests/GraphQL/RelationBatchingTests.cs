namespace TraumaBondCms.Web.Tests.GraphQL;

/// <summary>No N+1: relations of a page of items load through the batching loaders, so the database commands of a request do not grow with the page.</summary>
[Collection(GeneratedContentCollection.Name)]
public sealed class RelationBatchingTests(GeneratedContentHost generated)
{
    private const string Query = $$"""
        query($first: Int) {
          articles(first: $first, where: { title: { startsWith: "{{GeneratedContentHost.TitlePrefix}}" } }) {
            totalCount
            nodes {
              title
              review { reviewer clinicallyReviewed }
              faqs { totalCount nodes { question } }
              topics { title parent { title } }
              relatedResources { name region }
            }
          }
        }
        """;

    [Fact]
    public async Task Should_run_the_same_few_commands_when_a_page_of_50_items_resolves_its_relations()
    {
        using var editor = await generated.Host.AdminAsync();

        // Signed in: the published snapshot serves anonymous readers only, and this measures the database work. The first
        // requests count the list and how many FAQs match, and have every published version they load checked once (its hash
        // and approval: one more read per batch the first time); the figures and verdicts are then kept, so they are left out
        // of the comparison.
        await editor.GraphQLAsync(Query, new { first = 5 });
        await editor.GraphQLAsync(Query, new { first = 50 });
        var five = await editor.GraphQLAsync(Query, new { first = 5 });
        var fifty = await editor.GraphQLAsync(Query, new { first = 50 });

        Assert.Equal(50, fifty.Ok().GetProperty("articles").GetProperty("nodes").GetArrayLength());
        Assert.Equal(5, five.Ok().GetProperty("articles").GetProperty("nodes").GetArrayLength());
        Assert.Equal(five.SqlCommands, fifty.SqlCommands);
        // Snapshot generation and page, then one batch per relation: reviews, faqs, topics, resources, topic parents.
        Assert.InRange(fifty.SqlCommands, 1, 7);
    }
}
