using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TraumaBondCms.Web.Tests.GraphQL;
using TraumaBondCms.Web.Tests.Infrastructure;
using TraumaBondCms.Web.Tests.Workflow;
using Xunit.Abstractions;
using static TraumaBondCms.Web.Tests.Search.SearchApi;

namespace TraumaBondCms.Web.Tests.Localization;

/// <summary>
/// Search in Spanish on a live Spanish library (<see cref="SpanishLibrary"/>): judged Spanish queries find their answer
/// in the top 3 (Spanish analysis: light stemming, folding, Spanish synonyms); risk statements in Spanish pin the region's
/// crisis lines that answer in Spanish first, in their Spanish pages; readers of other cultures are not served Spanish
/// items that have an English original; and the helpline check reads numbers in Spanish text.
/// </summary>
public sealed class SpanishSearchTests(SpanishLibrary library, ITestOutputHelper output) : IClassFixture<SpanishLibrary>
{
    private static readonly string[] SpanishSpeakingUsLines = ["resource-us-ndvh-es", "resource-us-988-lifeline"];

    /// <summary>The judged queries.</summary>
    public static TheoryData<string, string> Judgments()
    {
        var data = new TheoryData<string, string>();
        foreach (var (query, expected) in SpanishLibrary.Judgments())
        {
            data.Add(query, expected);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Judgments))]
    public async Task Should_rank_the_judged_spanish_answer_in_the_top_three_when_a_reader_searches_in_es_US(string query, string expected)
    {
        var result = await SearchAsync(library.Reader, query, "&culture=es-US");

        var ids = Ids(result).ToList();
        var rank = ids.IndexOf(library.IdOf(expected)) + 1;
        output.WriteLine($"relevance (es-US): \"{query}\" -> {(rank == 0 ? "not found" : $"rank {rank}")} of {ids.Count}: {string.Join(", ", ids.Take(5))}");
        Assert.InRange(rank, 1, 3);
    }

    [Theory]
    [InlineData("me quiero morir")]
    [InlineData("ya no quiero vivir")]
    [InlineData("mi novio me pega")]
    [InlineData("mi esposo me golpeó anoche")]
    [InlineData("tengo miedo de que me encuentre")]
    [InlineData("quiero matarme")]
    [InlineData("me va a matar")]
    public async Task Should_pin_the_regions_spanish_speaking_crisis_lines_first_when_a_spanish_risk_statement_is_searched(string statement)
    {
        var inSpanish = await SearchAsync(library.Reader, statement, "&culture=es-US&region=US");
        var withoutCulture = await SearchAsync(library.Reader, statement, "&region=US");

        foreach (var result in new[] { inSpanish, withoutCulture })
        {
            Assert.True(result.GetProperty("crisis").GetBoolean(), result.ToString());
            var pinned = Pinned(result);
            Assert.Equal(SpanishSpeakingUsLines.Order(), pinned.Take(2).Order());
            Assert.Contains("resource-us-crisis-text-line", pinned.Skip(2));
        }

        var ndvh = inSpanish.GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("contentItemId").GetString() == "resource-us-ndvh-es");
        Assert.Equal(("es-US", "Línea Nacional sobre la Violencia Doméstica"), (ndvh.GetProperty("culture").GetString(), ndvh.GetProperty("displayText").GetString()));
    }

    [Fact]
    public async Task Should_keep_english_readers_results_in_english_and_route_english_risk_statements_as_before()
    {
        var english = await SearchAsync(library.Reader, "safety plan");
        var englishCrisis = await SearchAsync(library.Reader, "he hits me", "&region=US");

        Assert.Contains("faq-what-is-a-safety-plan", Ids(english).Take(3));
        Assert.DoesNotContain(Ids(english), id => id.EndsWith("-es", StringComparison.Ordinal) || library.Ids.ContainsValue(id));
        Assert.Contains("resource-us-ndvh", Pinned(englishCrisis));
        Assert.DoesNotContain("resource-us-ndvh-es", Pinned(englishCrisis));
    }

    [Fact]
    public async Task Should_answer_graphql_search_and_crisis_routing_in_spanish()
    {
        var response = await library.Reader.GraphQLAsync(
            "{ search(query: \"plan de seguridad\", culture: \"es-US\") { hits { culture displayText item { id } } } crisisResources(region: \"US\", culture: \"es-MX\") { resources { culture name } } }");

        var data = response.Ok();
        var first = data.GetProperty("search").GetProperty("hits")[0];
        Assert.Equal(("es-US", "faq-what-is-a-safety-plan-es"), (first.GetProperty("culture").GetString(), first.GetProperty("item").GetProperty("id").GetString()));
        var routed = data.GetProperty("crisisResources").GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ToList();
        Assert.Equal("Línea Nacional sobre la Violencia Doméstica", routed.First(n => n!.StartsWith("Línea", StringComparison.Ordinal) || n.StartsWith("National", StringComparison.Ordinal)));
        Assert.True(routed.IndexOf("Crisis Text Line") > routed.IndexOf("Línea Nacional sobre la Violencia Doméstica"), string.Join(", ", routed));
    }

    [Fact]
    public async Task Should_report_a_transposed_hotline_number_in_spanish_text_when_a_translation_is_submitted()
    {
        var id = (await HttpAssert.StatusAsync(HttpStatusCode.Created, await library.Editor.PostAsJsonAsync(
            "/api/content/faq-helping-a-friend-who-keeps-going-back/translations",
            new { culture = "es-MX", fields = new { question = "¿Cómo apoyo a mi hermana?", answer = "Escúchala sin juzgar. Si necesita ayuda, puede llamar a la línea nacional al 1-800-799-7223 a cualquier hora." } })))
            .GetProperty("contentItemId").GetString()!;

        var submit = await ReviewTeam.TransitionAsync(library.Editor, id, "submit");

        var problem = await HttpAssert.ProblemAsync(HttpStatusCode.Conflict, submit);
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("1-800-799-7223", detail, StringComparison.Ordinal);
        Assert.Contains("1-800-799-7233", detail, StringComparison.Ordinal);
        Assert.Contains("one digit different", detail, StringComparison.Ordinal);
    }
}
