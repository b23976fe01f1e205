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
    [InlineData("trauma bond -\"physical abuse\"", "The naïve hope of change")]
    [InlineData("why is it", "")]
    public async Task Should_match_what_the_query_means_when_it_uses_the_query_language(string query, string expectedTitles)
    {
        await SeedCorpusAsync();

        var titles = await FindAsync(query);

        Assert.Equal(expectedTitles.Split('|', StringSplitOptions.RemoveEmptyEntries).Order(), titles.Order());
    }

    [Theory]
    [InlineData("contact hotline", "Contact with an abusive partner", "No contact after leaving")]
    [InlineData("gaslighting hotline", "", "Contact with an abusive partner|Gaslighting explained")]
    [InlineData("why is bond naive", "The naïve hope of change", "Trauma bonding basics")]
    public async Task Should_rank_items_with_some_words_after_those_with_all_and_mark_them_partial(string query, string completeTitles, string partialTitles)
    {
        await SeedCorpusAsync();

        var page = await SearchAsync(query);

        var titles = await TitlesAsync(page);
        var complete = titles.Where((_, i) => !page.Hits[i].Partial).ToArray();
        var partial = titles.Where((_, i) => page.Hits[i].Partial).ToArray();
        Assert.Equal(completeTitles.Split('|', StringSplitOptions.RemoveEmptyEntries).Order(), complete.Order());
        Assert.Equal(partialTitles.Split('|', StringSplitOptions.RemoveEmptyEntries).Order(), partial.Order());
        Assert.Equal(page.Hits.Count, page.Total);
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

        Assert.InRange(page.Total, 0, 6);
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

        Assert.Equal(["Leaving safely", "Trauma bonding basics"], (await TitlesAsync(byType)).Order());
        Assert.Equal(2, byType.Total);
        Assert.Equal(["Article:4", "Faq:2"], Facets(byType.ContentTypes));
        Assert.Equal(["abuse:2", "leaving-safely:1", "trauma-bonding:1"], Facets(byType.Topics));
        Assert.Equal(4, byTopic.Total);
        Assert.DoesNotContain("No contact after leaving", await TitlesAsync(byTopic));
        Assert.Equal(["Article:2", "Faq:2"], Facets(byTopic.ContentTypes));
        Assert.Equal(Facets((await SearchAsync(AllCorpus)).Topics), Facets(byTopic.Topics));
    }

    [Fact]
    public async Task Should_count_every_match_when_the_page_is_smaller()
    {
        await SeedCorpusAsync();

        var page = await SearchAsync(AllCorpus, adjust: r => r with { First = 2 });

        Assert.Equal(2, page.Hits.Count);
        Assert.True(page.HasMore);
        Assert.Equal(6, page.Total);
        Assert.Equal(6, page.ContentTypes!.Sum(f => f.Count));
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
            Assert.Null(page.ContentTypes);
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
    public async Task Should_find_title_words_by_their_beginning_when_the_reader_is_still_typing()
    {
        await SeedCorpusAsync();

        var typing = await SearchAsync("gasl", adjust: r => r with { LastWordIsPrefix = true });
        var typed = await SearchAsync("gasl");

        Assert.Equal(["Gaslighting explained"], await TitlesAsync(typing));
        Assert.Empty(typed.Hits);
    }

    [Fact]
    public async Task Should_suggest_the_word_the_library_uses_when_a_word_is_misspelled()
    {
        await SeedCorpusAsync();
        await Node.CatchUpAsync();

        var corrected = Node.Engine!.Correct(["gaslightng", "explianed", "the", "zzzzqqq"]);

        Assert.Equal(["gaslighting", "explained", "the", "zzzzqqq"], corrected);
        Assert.Null(Node.Engine.Correct(["gaslighting"]));
    }

    [Fact]
    public async Task Should_match_a_phrase_of_common_words_as_a_phrase()
    {
        await PublishAsync(await CreateSearchableAsync(Doc("One", body: "It is the cycle of abuse that keeps the bond.")));
        await PublishAsync(await CreateSearchableAsync(Doc("Two", body: "The abuse of a cycle: the bond that keeps it.")));

        Assert.Equal(["One"], await FindAsync("\"the cycle of abuse\""));
        Assert.Equal(["One"], await FindAsync("\"keeps the bond\""));
        Assert.Equal(["Two"], await FindAsync("\"the bond that\""));
    }
}
