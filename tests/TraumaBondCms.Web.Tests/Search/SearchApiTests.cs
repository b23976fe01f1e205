using System.Net;
using TraumaBondCms.Web.Tests.Infrastructure;
using static TraumaBondCms.Web.Tests.Search.SearchApi;

namespace TraumaBondCms.Web.Tests.Search;

/// <summary><c>GET /api/search</c> on the seeded library: parameters, facets, filters, paging, tiers and snippets.</summary>
public sealed class SearchApiTests(SharedCmsHost shared) : IClassFixture<SharedCmsHost>
{
    [Theory]
    [InlineData("", "q")]
    [InlineData("?q=%20%20", "q")]
    [InlineData("?q=a&q=b", "q")]
    [InlineData("?q=abuse&first=0", "first")]
    [InlineData("?q=abuse&first=51", "first")]
    [InlineData("?q=abuse&first=ten", "first")]
    [InlineData("?q=abuse&scope=everything", "scope")]
    [InlineData("?q=abuse&after=not-a-cursor", "after")]
    [InlineData("?q=abuse&type=Podcast", "type")]
    [InlineData("?q=abuse&topic=Not_A_Slug", "topic")]
    public async Task Should_answer_with_a_problem_naming_the_parameter_when_a_parameter_is_bad(string parameters, string name)
    {
        using var reader = shared.Host.Anonymous();

        var problem = await HttpAssert.ProblemAsync(HttpStatusCode.BadRequest, await reader.GetAsync("/api/search" + parameters), name);

        Assert.DoesNotContain("abuse", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_query_when_it_is_longer_than_the_limit()
    {
        using var reader = shared.Host.Anonymous();

        await HttpAssert.ProblemAsync(HttpStatusCode.BadRequest, await reader.GetAsync("/api/search?q=" + new string('a', 1001)), "q");
    }

    [Theory]
    [InlineData("\"no contact")]
    [InlineData("abuse) OR (")]
    [InlineData("NEAR(abuse gaslighting) title:abuse")]
    [InlineData("-")]
    [InlineData("'; DROP TABLE search_documents; --")]
    [InlineData("\uD83D\uDC94 \uE000")]
    public async Task Should_answer_ok_when_the_query_is_not_well_formed(string query)
    {
        using var reader = shared.Host.Anonymous();

        var result = await SearchAsync(reader, query);

        Assert.True(result.GetProperty("total").GetInt32() >= 0);
    }

    [Fact]
    public async Task Should_count_facets_by_type_and_topic_and_filter_by_them()
    {
        using var reader = shared.Host.Anonymous();

        var all = await SearchAsync(reader, "abuse");
        var faqs = await SearchAsync(reader, "abuse", "&type=Faq");
        var noContact = await SearchAsync(reader, "abuse", "&topic=no-contact");

        var typeCounts = Facets(all, "contentTypes").ToDictionary(f => f.Split(':')[0], f => int.Parse(f.Split(':')[1]));
        Assert.Equal(all.GetProperty("total").GetInt32(), typeCounts.Values.Sum());
        Assert.Equal(typeCounts["Faq"], faqs.GetProperty("total").GetInt32());
        Assert.All(faqs.GetProperty("hits").EnumerateArray(), h => Assert.Equal("Faq", h.GetProperty("contentType").GetString()));
        Assert.Equal(Facets(all, "contentTypes"), Facets(faqs, "contentTypes"));
        Assert.Contains($"no-contact:{noContact.GetProperty("total").GetInt32()}", Facets(all, "topics"));
        Assert.Contains("article-breaking-the-bond", Ids(noContact));
        Assert.DoesNotContain("article-the-abuse-cycle", Ids(noContact));
    }

    [Theory]
    [InlineData("abuse")]
    [InlineData("grief after leaving")]
    [InlineData("helplines in other countries")]
    public async Task Should_return_every_hit_once_in_order_when_following_next_cursors(string query)
    {
        using var reader = shared.Host.Anonymous();
        var all = Ids(await SearchAsync(reader, query, "&first=50"));

        var paged = new List<string>();
        var cursor = "";
        for (var page = 0; page < 30 && cursor is not null; page++)
        {
            var result = await SearchAsync(reader, query, "&first=2" + (cursor.Length > 0 ? "&after=" + cursor : ""));
            paged.AddRange(Ids(result));
            Assert.Equal(page == 0, result.TryGetProperty("facets", out _));
            cursor = result.TryGetProperty("nextCursor", out var next) ? next.GetString() : null;
        }

        Assert.Equal(all, paged);
        Assert.True(all.Length > 4, $"Only {all.Length} hits: the query should need several pages.");
    }

    [Theory]
    [InlineData("trauma bond leave")]
    [InlineData("grief after leaving")]
    [InlineData("my friend keeps going back to him")]
    public async Task Should_count_in_the_total_exactly_the_hits_that_paging_returns(string query)
    {
        using var reader = shared.Host.Anonymous();

        var first = await SearchAsync(reader, query, "&first=3");
        var all = new List<string>(Ids(first));
        var cursor = first.TryGetProperty("nextCursor", out var next) ? next.GetString() : null;
        while (cursor is not null)
        {
            var page = await SearchAsync(reader, query, "&first=3&after=" + cursor);
            all.AddRange(Ids(page));
            cursor = page.TryGetProperty("nextCursor", out var more) ? more.GetString() : null;
        }

        Assert.Equal(first.GetProperty("total").GetInt32(), all.Count);
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Fact]
    public async Task Should_rank_strong_partial_matches_above_weak_matches_of_every_word()
    {
        using var reader = shared.Host.Anonymous();

        var result = await SearchAsync(reader, "how to stay safe when I leave", "&first=50");

        Assert.Contains("faq-what-is-a-safety-plan", Ids(result).Take(2));
        var partial = result.GetProperty("hits").EnumerateArray().Select(h => h.TryGetProperty("partial", out var p) && p.GetBoolean()).ToArray();
        Assert.Contains(true, partial);
    }

    [Fact]
    public async Task Should_search_for_the_closest_spelling_and_say_so_when_a_word_is_misspelled()
    {
        using var reader = shared.Host.Anonymous();

        var result = await SearchAsync(reader, "gaslightng");

        Assert.Equal("gaslighting", result.GetProperty("suggestion").GetString());
        Assert.Contains("faq-how-can-i-tell-if-i-am-being-gaslit", Ids(result));
        Assert.False(result.GetProperty("fallback").GetBoolean());
    }

    [Fact]
    public async Task Should_find_titles_by_the_beginning_of_the_last_word_while_the_reader_types()
    {
        using var reader = shared.Host.Anonymous();

        var typing = await SearchAsync(reader, "codepen");

        Assert.Contains("faq-trauma-bonding-vs-codependency", Ids(typing));
        Assert.False(typing.TryGetProperty("suggestion", out _));
    }

    [Fact]
    public async Task Should_mark_matches_in_escaped_snippets_of_the_fields_that_matched()
    {
        using var reader = shared.Host.Anonymous();

        var result = await SearchAsync(reader, "gaslighting");

        var hit = result.GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("contentItemId").GetString() == "topic-gaslighting");
        var snippets = hit.GetProperty("snippets").EnumerateArray().ToDictionary(s => s.GetProperty("field").GetString()!, s => s.GetProperty("html").GetString()!);
        Assert.Equal("<mark>Gaslighting</mark>", snippets["title"]);
        Assert.All(snippets.Values, html => Assert.DoesNotMatch("<(?!/?mark>)", html));
        Assert.True(hit.GetProperty("score").GetDouble() > 0);
        Assert.Equal("gaslighting", hit.GetProperty("slug").GetString());
        Assert.Equal("Gaslighting", hit.GetProperty("displayText").GetString());
        Assert.False(hit.TryGetProperty("status", out _));
    }

    [Fact]
    public async Task Should_expand_synonyms_from_the_recipe_when_a_reader_uses_another_word()
    {
        using var reader = shared.Host.Anonymous();

        var result = await SearchAsync(reader, "NC");

        Assert.Contains("topic-no-contact", Ids(result));
    }
}
