using TraumaBondCms.Core.Search;
using TraumaBondCms.Data.Search;

namespace TraumaBondCms.Data.Tests.Search;

/// <summary>The query language, facets, filters and paging over a small published corpus.</summary>
public abstract partial class SearchIndexContract
{
    [Theory]
    [InlineData("contact", "No contact after leaving|Contact with an abusive partner")]
    [InlineData("\"no contact\"", "No contact after leaving")]
    [InlineData("contact -abusive", "No contact after leaving")]
    [InlineData("gasl*", "Gaslighting explained")]
    [InlineData("naive", "The naïve hope of change")]
    [InlineData("leave", "No contact after leaving|Leaving safely")]
    [InlineData("gaslighting OR hotline", "Contact with an abusive partner|Gaslighting explained")]
    [InlineData("bond", "The naïve hope of change|Trauma bonding basics")]
    [InlineData("abuse -physical", "Contact with an abusive partner")]
    [InlineData("trauma bond -\"physical abuse\"", "")]
    [InlineData("why is it", "")]
    public async Task Should_match_what_the_query_means_when_it_uses_the_query_language(string query, string expectedTitles)
    {
        await SeedCorpusAsync();

        var page = await SearchAsync(query);

        Assert.Equal(expectedTitles.Split('|', StringSplitOptions.RemoveEmptyEntries).Order(), page.Hits.Select(h => h.DisplayText).Order());
    }

    [Theory]
    [InlineData("contact hotline", "Contact with an abusive partner", "No contact after leaving")]
    [InlineData("gaslighting hotline", "", "Contact with an abusive partner|Gaslighting explained")]
    [InlineData("why is bond naive", "", "The naïve hope of change|Trauma bonding basics")]
    public async Task Should_find_items_with_some_words_but_not_all_when_the_query_is_broadened(string query, string strictTitles, string broadTitles)
    {
        await SeedCorpusAsync();
        var parsed = SearchQueryParser.Parse(query);

        var strict = await ReadAsync(s => s.Search.SearchAsync(new SearchRequest { Query = parsed }));
        var broad = await ReadAsync(s => s.Search.SearchAsync(new SearchRequest { Query = parsed.Broaden()! }));

        Assert.Equal(strictTitles.Split('|', StringSplitOptions.RemoveEmptyEntries).Order(), strict.Hits.Select(h => h.DisplayText).Order());
        Assert.Equal(broadTitles.Split('|', StringSplitOptions.RemoveEmptyEntries).Order(), broad.Hits.Select(h => h.DisplayText).Order());
    }

    [Theory]
    [InlineData("\"unbalanced contact")]
    [InlineData("NEAR(contact gaslighting, 2)")]
    [InlineData("contact*)")]
    [InlineData("'; DROP TABLE search_documents; --")]
    [InlineData("title:contact ^body {summary}:x")]
    [InlineData("\u0000\uE000\uE001 OR - \" *")]
    [InlineData("AND NOT OR contact NOT")]
    [InlineData("c\u0301ontact naïve\u0308")]
    public async Task Should_answer_without_error_when_the_query_contains_engine_syntax(string query)
    {
        await SeedCorpusAsync();

        var page = await SearchAsync(query);

        Assert.InRange(page.Total!.Value, 0, 6);
        Assert.Equal(6, await Database.ScalarRawAsync("SELECT COUNT(*) FROM search_documents WHERE in_public"));
    }

    [Fact]
    public async Task Should_count_matches_by_type_and_topic_when_facets_are_asked_for()
    {
        await SeedCorpusAsync();

        var page = await SearchAsync(AllCorpus);

        Assert.Equal(6, page.Total);
        Assert.Equal(["Article:4", "Faq:2"], Facets(page.ContentTypes));
        Assert.Equal(["abuse:4", "trauma-bonding:2", "gaslighting:1", "healing:1", "leaving-safely:1", "no-contact:1"], Facets(page.Topics));
    }

    [Fact]
    public async Task Should_count_each_facet_without_its_own_filter_when_results_are_filtered()
    {
        await SeedCorpusAsync();

        var byType = await SearchAsync(AllCorpus, adjust: r => r with { ContentTypes = ["Faq"] });
        var byTopic = await SearchAsync(AllCorpus, adjust: r => r with { Topics = ["abuse"] });

        Assert.Equal(["Leaving safely", "Trauma bonding basics"], byType.Hits.Select(h => h.DisplayText).Order());
        Assert.Equal(2, byType.Total);
        Assert.Equal(["Article:4", "Faq:2"], Facets(byType.ContentTypes));
        Assert.Equal(["abuse:2", "leaving-safely:1", "trauma-bonding:1"], Facets(byType.Topics));
        Assert.Equal(4, byTopic.Total);
        Assert.All(byTopic.Hits, h => Assert.NotEqual("No contact after leaving", h.DisplayText));
        Assert.Equal(["Article:2", "Faq:2"], Facets(byTopic.ContentTypes));
        Assert.Equal(Facets((await SearchAsync(AllCorpus)).Topics), Facets(byTopic.Topics));
    }

    [Fact]
    public async Task Should_count_over_the_best_matches_only_when_there_are_more_than_the_window()
    {
        await SeedCorpusAsync();
        var all = await SearchAsync(AllCorpus);

        var windowed = await SearchAsync(AllCorpus, adjust: r => r with { CountWindow = 3 });
        var exactFit = await SearchAsync(AllCorpus, adjust: r => r with { CountWindow = 7 });

        Assert.False(windowed.CountsAreExact);
        Assert.Equal(3, windowed.Total);
        Assert.Equal(3, windowed.ContentTypes!.Sum(f => f.Count));
        Assert.Equal(all.Hits.Select(h => h.ContentItemId), windowed.Hits.Select(h => h.ContentItemId));
        Assert.True(exactFit.CountsAreExact);
        Assert.Equal(6, exactFit.Total);
        Assert.True(all.CountsAreExact);
    }

    [Fact]
    public async Task Should_leave_out_excluded_items_from_hits_and_counts()
    {
        var corpus = await SeedCorpusAsync();
        var excluded = corpus["Leaving safely"].ContentItemId;

        var page = await SearchAsync(AllCorpus, adjust: r => r with { ExcludedItems = [excluded] });

        Assert.Equal(5, page.Total);
        Assert.DoesNotContain(page.Hits, h => h.ContentItemId == excluded);
        Assert.Equal(["Article:4", "Faq:1"], Facets(page.ContentTypes));
    }

    [Fact]
    public async Task Should_return_every_hit_once_in_rank_order_when_paging_through_results()
    {
        await SeedCorpusAsync();
        var all = await SearchAsync(AllCorpus, adjust: r => r with { First = 20 });

        var paged = new List<SearchHit>();
        SearchPosition? after = null;
        for (var pages = 0; pages < 10; pages++)
        {
            var page = await SearchAsync(AllCorpus, adjust: r => r with { First = 4, After = after, IncludeFacets = false });
            paged.AddRange(page.Hits);
            Assert.Null(page.Total);
            if (!page.HasMore)
            {
                break;
            }

            after = page.Hits[^1].Position;
        }

        Assert.Equal(all.Hits.Select(h => h.ContentItemId), paged.Select(h => h.ContentItemId));
        Assert.Equal(all.Hits.Select(h => h.Score).OrderByDescending(s => s), all.Hits.Select(h => h.Score));
        Assert.False(all.HasMore);
    }

    [Fact]
    public async Task Should_order_equal_scores_by_when_the_document_was_written()
    {
        var twins = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            twins.Add((await PublishAsync(await CreateSearchableAsync(Doc("Identical twin note", body: "Same words.")))).ContentItemId);
        }

        var onePerPage = new List<string>();
        SearchPosition? after = null;
        do
        {
            var page = await SearchAsync("twin", adjust: r => r with { First = 1, After = after });
            onePerPage.AddRange(page.Hits.Select(h => h.ContentItemId));
            after = page.HasMore ? page.Hits[^1].Position : null;
        }
        while (after is not null);

        Assert.Equal(twins, (await SearchAsync("twin")).Hits.Select(h => h.ContentItemId));
        Assert.Equal(twins, onePerPage);
    }

    [Fact]
    public async Task Should_escape_content_and_mark_only_matches_when_snippets_are_made()
    {
        await PublishAsync(await CreateSearchableAsync(Doc("Markup <b>test</b>", body: "Text with <script>alert('x')</script> & a hotline.")));

        var hit = Assert.Single((await SearchAsync("hotline OR markup")).Hits);

        Assert.Equal("<mark>Markup</mark> &lt;b&gt;test&lt;/b&gt;", hit.Snippets.Single(s => s.Field == "title").Html);
        var body = hit.Snippets.Single(s => s.Field == "body").Html;
        Assert.Contains("&lt;script&gt;", body);
        Assert.Contains("<mark>hotline</mark>", body);
        Assert.DoesNotContain("<script", body);
    }

    [Fact]
    public async Task Should_show_only_the_matching_topics_when_the_tags_field_matches()
    {
        await PublishAsync(await CreateSearchableAsync(Doc("Tagged", tags: "Trauma bonding\nGaslighting\nNo contact and low contact")));

        var hit = Assert.Single((await SearchAsync("gaslighting")).Hits);

        Assert.Equal("<mark>Gaslighting</mark>", Assert.Single(hit.Snippets).Html);
    }
}
