using System.Text.Json;

namespace TraumaBondCms.Web.Tests.GraphQL;

/// <summary>Paging over 1,000 generated articles: forwards and backwards, in orders with many ties, without gaps or duplicates.</summary>
[Collection(GeneratedContentCollection.Name)]
public sealed class ContentPagingTests(GeneratedContentHost generated)
{
    private const string Where = $$"""{ title: { startsWith: "{{GeneratedContentHost.TitlePrefix}}" } }""";
    private readonly HttpClient _reader = generated.Host.Anonymous();

    [Theory]
    [InlineData("[{ field: READING_MINUTES }]")]
    [InlineData("[{ field: AUDIENCE, direction: DESC }, { field: READING_MINUTES }]")]
    [InlineData(null)]
    public async Task Should_visit_every_item_once_in_order_when_paging_forwards_and_backwards(string? orderBy)
    {
        var expected = await ExpectedOrderAsync(orderBy);

        var forwards = await PageAsync(orderBy, backwards: false);
        var backwards = await PageAsync(orderBy, backwards: true);

        Assert.Equal(GeneratedContentHost.Count, expected.Count);
        Assert.Equal(GeneratedContentHost.Count, forwards.Distinct().Count());
        Assert.Equal(expected, forwards);
        Assert.Equal(expected, backwards);
    }

    // Ties break by id in the direction of the last key (descending here), so one index in key order serves both directions.
    [Fact]
    public async Task Should_order_equal_keys_by_id_when_many_items_tie()
    {
        var response = await _reader.GraphQLAsync($$"""{ articles(first: 100, where: {{Where}}, orderBy: [{ field: READING_MINUTES, direction: DESC }]) { totalCount nodes { id readingMinutes } } }""");

        var articles = response.Ok().GetProperty("articles");
        var nodes = articles.GetProperty("nodes").EnumerateArray().Select(n => (Id: n.GetProperty("id").GetString()!, Minutes: n.GetProperty("readingMinutes").GetInt32())).ToList();
        Assert.Equal(GeneratedContentHost.Count, articles.GetProperty("totalCount").GetInt32());
        Assert.All(nodes, n => Assert.Equal(7, n.Minutes));
        Assert.Equal(nodes.Select(n => n.Id).OrderDescending(StringComparer.Ordinal), nodes.Select(n => n.Id));
    }

    [Fact]
    public async Task Should_refuse_a_cursor_when_it_was_made_for_another_order()
    {
        var page = (await _reader.GraphQLAsync("{ articles(first: 5, orderBy: [{ field: TITLE }]) { pageInfo { endCursor } } }")).Ok();
        var cursor = page.GetProperty("articles").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var reused = await _reader.GraphQLAsync("query($c: String) { articles(first: 5, after: $c, orderBy: [{ field: READING_MINUTES }]) { nodes { id } } }", new { c = cursor });
        var garbage = await _reader.GraphQLAsync("""{ articles(first: 5, before: "not-a-cursor") { nodes { id } } }""");

        reused.Error("VALIDATION_FAILED", "after");
        garbage.Error("VALIDATION_FAILED", "before");
    }

    [Fact]
    public async Task Should_refuse_a_page_size_when_it_is_out_of_range_or_both_directions_are_given()
    {
        var both = await _reader.GraphQLAsync("{ articles(first: 5, last: 5) { nodes { id } } }");
        var tooMany = await _reader.GraphQLAsync("{ articles(first: 101) { nodes { id } } }");
        var zero = await _reader.GraphQLAsync("{ articles(last: 0) { nodes { id } } }");

        both.Error("VALIDATION_FAILED", "first");
        tooMany.Error("VALIDATION_FAILED", "first");
        zero.Error("VALIDATION_FAILED", "last");
    }

    // The expected order, computed from how the articles were generated (and, for the default order, from their
    // modification times read in id order).
    private async Task<List<string>> ExpectedOrderAsync(string? orderBy)
    {
        var items = Enumerable.Range(0, GeneratedContentHost.Count)
            .Select(i => (Id: $"generated-{i:0000}", Minutes: GeneratedContentHost.ReadingMinutes(i), Audience: GeneratedContentHost.Audience(i)))
            .ToList();
        return orderBy switch
        {
            "[{ field: READING_MINUTES }]" => items.OrderBy(x => x.Minutes).ThenBy(x => x.Id, StringComparer.Ordinal).Select(x => x.Id).ToList(),
            "[{ field: AUDIENCE, direction: DESC }, { field: READING_MINUTES }]" =>
                items.OrderByDescending(x => x.Audience, StringComparer.Ordinal).ThenBy(x => x.Minutes).ThenBy(x => x.Id, StringComparer.Ordinal).Select(x => x.Id).ToList(),
            _ => await ModifiedOrderAsync(),
        };
    }

    // The default order is newest modification first; the generated items' times come from the database.
    private async Task<List<string>> ModifiedOrderAsync()
    {
        var rows = new List<(string Id, DateTimeOffset Modified)>();
        string? after = null;
        do
        {
            var page = (await _reader.GraphQLAsync($$"""query($a: String) { articles(first: 100, after: $a, where: {{Where}}, orderBy: [{ field: ID }]) { nodes { id modifiedUtc } pageInfo { hasNextPage endCursor } } }""", new { a = after })).Ok().GetProperty("articles");
            rows.AddRange(page.GetProperty("nodes").EnumerateArray().Select(n => (n.GetProperty("id").GetString()!, n.GetProperty("modifiedUtc").GetDateTimeOffset())));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);
        return rows.OrderByDescending(r => r.Modified).ThenByDescending(r => r.Id, StringComparer.Ordinal).Select(r => r.Id).ToList();
    }

    private async Task<List<string>> PageAsync(string? orderBy, bool backwards)
    {
        var order = orderBy is null ? string.Empty : ", orderBy: " + orderBy;
        var arguments = backwards ? "last: 100, before: $cursor" : "first: 100, after: $cursor";
        var pages = new List<List<string>>();
        string? cursor = null;
        for (var guard = 0; guard < 20; guard++)
        {
            var page = (await _reader.GraphQLAsync($$"""query($cursor: String) { articles({{arguments}}, where: {{Where}}{{order}}) { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }""", new { cursor })).Ok().GetProperty("articles");
            var ids = page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!).ToList();
            pages.Add(ids);
            var info = page.GetProperty("pageInfo");
            var more = info.GetProperty(backwards ? "hasPreviousPage" : "hasNextPage").GetBoolean();
            if (!more)
            {
                break;
            }

            cursor = info.GetProperty(backwards ? "startCursor" : "endCursor").GetString();
        }

        if (backwards)
        {
            pages.Reverse();
        }

        return pages.SelectMany(p => p).ToList();
    }
}
