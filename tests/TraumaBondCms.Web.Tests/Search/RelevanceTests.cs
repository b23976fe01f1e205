using System.Net;
using System.Text.Json;
using TraumaBondCms.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TraumaBondCms.Web.Tests.Search;

/// <summary>
/// Relevance on the seeded library: each judged query (<c>relevance-judgments.json</c>, data kept beside this test) must
/// put its expected item in the top 3 of the public index of a real seeded host. The rank is printed for the report.
/// </summary>
public sealed class RelevanceTests(SharedCmsHost shared, ITestOutputHelper output) : IClassFixture<SharedCmsHost>
{
    /// <summary>The judged queries as (query, expected item id).</summary>
    public static TheoryData<string, string> Judgments()
    {
        var data = new TheoryData<string, string>();
        using var file = JsonDocument.Parse(File.ReadAllText(SearchTestFiles.Find("relevance-judgments.json")));
        foreach (var judgment in file.RootElement.GetProperty("judgments").EnumerateArray())
        {
            data.Add(judgment.GetProperty("query").GetString()!, judgment.GetProperty("expected").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Judgments))]
    public async Task Should_rank_the_judged_answer_in_the_top_three_when_a_reader_searches(string query, string expected)
    {
        using var reader = shared.Host.Anonymous();

        var result = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync($"/api/search?q={Uri.EscapeDataString(query)}"));

        var ids = SearchApi.Ids(result).ToList();
        var rank = ids.IndexOf(expected) + 1;
        output.WriteLine($"relevance: \"{query}\" -> {(rank == 0 ? "not found" : $"rank {rank}")} of {ids.Count}: {string.Join(", ", ids.Take(5))}");
        Assert.InRange(rank, 1, 3);
    }
}
