using System.Text.Json;

namespace TraumaBondCms.Web.Tests.GraphQL;

/// <summary>
/// Every filter operator, combinator and relation filter, and ordering with ties, against the setup recipe's content. The
/// expected items are computed from an unfiltered read of the same content, so each test checks the server's filtering
/// against a plain LINQ evaluation.
/// </summary>
[Collection(SeededGraphQLCollection.Name)]
public sealed class ContentFilterTests(SeededGraphQLHost seeded)
{
    private readonly HttpClient _reader = seeded.Host.Anonymous();

    /// <summary>Each filter and its meaning in LINQ.</summary>
    public static TheoryData<string, Func<ArticleRow, bool>> Filters { get; } = new()
    {
        { """{ slug: { eq: "the-abuse-cycle" } }""", a => a.Slug == "the-abuse-cycle" },
        { """{ slug: { ne: "the-abuse-cycle" } }""", a => a.Slug != "the-abuse-cycle" },
        { """{ slug: { in: ["the-abuse-cycle", "breaking-a-trauma-bond", "nope"] } }""", a => a.Slug is "the-abuse-cycle" or "breaking-a-trauma-bond" },
        { """{ id: { in: ["article-why-leaving-is-hard"] } }""", a => a.Id == "article-why-leaving-is-hard" },
        { """{ title: { contains: "TRAUMA BOND" } }""", a => a.Title.Contains("trauma bond", StringComparison.OrdinalIgnoreCase) },
        { """{ title: { startsWith: "why" } }""", a => a.Title.StartsWith("why", StringComparison.OrdinalIgnoreCase) },
        { """{ readingMinutes: { eq: 5 } }""", a => a.Minutes == 5 },
        { """{ readingMinutes: { lt: 6 } }""", a => a.Minutes < 6 },
        { """{ readingMinutes: { lte: 5 } }""", a => a.Minutes <= 5 },
        { """{ readingMinutes: { gt: 5 } }""", a => a.Minutes > 5 },
        { """{ readingMinutes: { gte: 5, lt: 6 } }""", a => a.Minutes is >= 5 and < 6 },
        { """{ readingMinutes: { in: [6, 9] } }""", a => a.Minutes is 6 or 9 },
        { """{ audience: { eq: survivors } }""", a => a.Audience == "survivors" },
        { """{ audience: { ne: survivors } }""", a => a.Audience != "survivors" },
        { """{ OR: [{ slug: { eq: "the-abuse-cycle" } }, { audience: { in: [survivors] } }] }""", a => a.Slug == "the-abuse-cycle" || a.Audience == "survivors" },
        { """{ AND: [{ readingMinutes: { eq: 5 } }, { audience: { eq: survivors } }] }""", a => a.Minutes == 5 && a.Audience == "survivors" },
        { """{ NOT: { audience: { eq: survivors } } }""", a => a.Audience != "survivors" },
        { """{ OR: [] }""", _ => false },
        { """{ topics: { eq: "gaslighting" } }""", a => a.Topics.Contains("gaslighting") },
        { """{ topics: { ne: "gaslighting" } }""", a => !a.Topics.Contains("gaslighting") },
        { """{ topics: { in: ["no-contact", "codependency"] } }""", a => a.Topics.Contains("no-contact") || a.Topics.Contains("codependency") },
        { """{ topics: { some: { title: { startsWith: "gas" } } } }""", a => a.TopicTitles.Any(t => t.StartsWith("gas", StringComparison.OrdinalIgnoreCase)) },
        { """{ relatedResources: { eq: "resource-us-988-lifeline" } }""", a => a.Resources.Any(r => r.Id == "resource-us-988-lifeline") },
        { """{ relatedResources: { some: { isCrisisLine: { eq: false } } } }""", a => a.Resources.Any(r => !r.Crisis) },
        { """{ relatedResources: { some: { region: { eq: "GB" }, name: { contains: "helpline" } } } }""", a => a.Resources.Any(r => r.Region == "GB" && r.Name.Contains("helpline", StringComparison.OrdinalIgnoreCase)) },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Should_return_exactly_the_matching_articles_when_a_filter_is_given(string where, Func<ArticleRow, bool> expected)
    {
        var all = await ArticlesAsync(null);

        var filtered = await ArticlesAsync(where);

        Assert.Equal(all.Where(expected).Select(a => a.Id).Order(StringComparer.Ordinal), filtered.Select(a => a.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Should_compare_points_in_time_when_a_date_filter_is_given()
    {
        var all = (await _reader.GraphQLAsync("{ faqs(first: 100) { nodes { id modifiedUtc } } }")).Ok().GetProperty("faqs").GetProperty("nodes").EnumerateArray()
            .Select(n => (Id: n.GetProperty("id").GetString()!, At: n.GetProperty("modifiedUtc").GetDateTimeOffset())).ToList();
        var middle = all.OrderBy(f => f.At).ElementAt(all.Count / 2).At;

        var counts = new Dictionary<string, int>();
        foreach (var op in new[] { "lt", "lte", "gt", "gte", "eq", "ne" })
        {
            var response = await _reader.GraphQLAsync($$"""query($t: DateTime) { faqs(first: 100, where: { modifiedUtc: { {{op}}: $t } }) { totalCount } }""", new { t = middle.ToString("O") });
            counts[op] = response.Ok().GetProperty("faqs").GetProperty("totalCount").GetInt32();
        }

        Assert.Equal(all.Count(f => f.At < middle), counts["lt"]);
        Assert.Equal(all.Count(f => f.At <= middle), counts["lte"]);
        Assert.Equal(all.Count(f => f.At > middle), counts["gt"]);
        Assert.Equal(all.Count(f => f.At >= middle), counts["gte"]);
        Assert.Equal(all.Count(f => f.At == middle), counts["eq"]);
        Assert.Equal(all.Count(f => f.At != middle), counts["ne"]);
    }

    [Fact]
    public async Task Should_find_the_faqs_of_an_article_when_a_relation_filter_is_given()
    {
        var byId = await _reader.GraphQLAsync("""{ faqs(where: { article: { eq: "article-the-abuse-cycle" } }) { nodes { id } } }""");
        var bySlug = await _reader.GraphQLAsync("""{ faqs(where: { article: { some: { slug: { eq: "the-abuse-cycle" } } } }) { nodes { id } } }""");
        var reverse = await _reader.GraphQLAsync("""{ article(slug: "the-abuse-cycle") { faqs { nodes { id } } } }""");

        var expected = reverse.Ok().GetProperty("article").GetProperty("faqs").GetProperty("nodes").Strings("id").Order().ToList();
        Assert.Equal(4, expected.Count);
        Assert.Equal(expected, byId.Ok().GetProperty("faqs").GetProperty("nodes").Strings("id").Order());
        Assert.Equal(expected, bySlug.Ok().GetProperty("faqs").GetProperty("nodes").Strings("id").Order());
    }

    [Fact]
    public async Task Should_compare_flags_when_a_boolean_filter_is_given()
    {
        var crisis = await _reader.GraphQLAsync("{ resources(where: { isCrisisLine: { eq: true } }) { nodes { id isCrisisLine } } }");
        var other = await _reader.GraphQLAsync("{ resources(where: { isCrisisLine: { ne: true } }) { nodes { id isCrisisLine } } }");

        Assert.Equal(4, crisis.Ok().GetProperty("resources").GetProperty("nodes").GetArrayLength());
        Assert.All(crisis.Data.GetProperty("resources").GetProperty("nodes").EnumerateArray(), r => Assert.True(r.GetProperty("isCrisisLine").GetBoolean()));
        Assert.Equal(["resource-global-find-a-helpline"], other.Ok().GetProperty("resources").GetProperty("nodes").Strings("id"));
    }

    [Fact]
    public async Task Should_break_ties_by_id_when_the_order_key_has_equal_values()
    {
        var ascending = await ArticlesAsync(null, "[{ field: READING_MINUTES }]");
        var descending = await ArticlesAsync(null, "[{ field: READING_MINUTES, direction: DESC }, { field: TITLE, direction: DESC }]");

        Assert.Equal(ascending.OrderBy(a => a.Minutes).ThenBy(a => a.Id, StringComparer.Ordinal).Select(a => a.Id), ascending.Select(a => a.Id));
        Assert.Equal(descending.OrderByDescending(a => a.Minutes).ThenByDescending(a => a.Title, StringComparer.Ordinal).Select(a => a.Id), descending.Select(a => a.Id));
        Assert.True(ascending.GroupBy(a => a.Minutes).Any(g => g.Count() > 1), "The seed has no tie to break.");
    }

    private async Task<List<ArticleRow>> ArticlesAsync(string? where, string? orderBy = null)
    {
        var arguments = string.Join(", ", new[] { "first: 100", where is null ? null : "where: " + where, orderBy is null ? null : "orderBy: " + orderBy }.OfType<string>());
        var response = await _reader.GraphQLAsync($$"""
            { articles({{arguments}}) { totalCount nodes { id slug title readingMinutes audience topics { slug title } relatedResources { id name region isCrisisLine } } } }
            """);
        var articles = response.Ok().GetProperty("articles");
        var nodes = articles.GetProperty("nodes").EnumerateArray().Select(ArticleRow.From).ToList();
        Assert.Equal(nodes.Count, articles.GetProperty("totalCount").GetInt32());
        return nodes;
    }

    /// <summary>A resource as the filter tests read it.</summary>
    public sealed record ResourceRow(string Id, string Name, string? Region, bool Crisis);

    /// <summary>An article as the filter tests read it.</summary>
    public sealed record ArticleRow(string Id, string Slug, string Title, int? Minutes, string? Audience, List<string> Topics, List<string> TopicTitles, List<ResourceRow> Resources)
    {
        public static ArticleRow From(JsonElement n) => new(
            n.GetProperty("id").GetString()!,
            n.GetProperty("slug").GetString()!,
            n.GetProperty("title").GetString()!,
            n.GetProperty("readingMinutes").ValueKind == JsonValueKind.Null ? null : n.GetProperty("readingMinutes").GetInt32(),
            n.GetProperty("audience").GetString(),
            n.GetProperty("topics").Strings("slug"),
            n.GetProperty("topics").Strings("title"),
            n.GetProperty("relatedResources").EnumerateArray().Select(r => new ResourceRow(r.GetProperty("id").GetString()!, r.GetProperty("name").GetString()!, r.GetProperty("region").GetString(), r.GetProperty("isCrisisLine").GetBoolean())).ToList());
    }
}
