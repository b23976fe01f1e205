using TraumaBondCms.Core.Search;
using TraumaBondCms.Data.Postgres;
using TraumaBondCms.Data.Sql;
using TraumaBondCms.Data.Sqlite;

namespace TraumaBondCms.Data.Tests.Search;

/// <summary>How each engine receives a parsed query: quoted strings and parameters only, never user text as syntax.</summary>
public class SearchQueryRendererTests
{
    private static readonly SynonymTable Synonyms = SynonymTable.From(["hotline, helpline"]);

    [Theory]
    [InlineData("gaslighting", "(\"gaslighting\")")]
    [InlineData("bond* \"no contact\"", "(\"bond\"*) AND (\"no contact\")")]
    [InlineData("hotline OR chat -police -\"call 911\"", "((((\"hotline\" OR \"chat\"))) NOT (\"police\")) NOT (\"call 911\")")]
    [InlineData("title:x NEAR(a) \"b\"\"c\"", "(\"title x\") AND (\"near a\") AND (\"b\") AND (\"c\")")]
    public void Should_quote_every_word_and_bracket_every_clause_when_rendering_for_FTS5(string typed, string expected)
    {
        Assert.Equal(expected, Fts5QueryRenderer.Render(SearchQueryParser.Parse(typed)));
    }

    [Fact]
    public void Should_list_the_typed_word_twice_when_synonyms_were_added_for_FTS5()
    {
        Assert.Equal("((\"hotline\" OR \"hotline\" OR \"helpline\"))", Fts5QueryRenderer.Render(SearchQueryParser.Parse("hotline", Synonyms)));
    }

    [Fact]
    public void Should_exclude_the_strict_matches_when_rendering_the_second_tier()
    {
        var broad = SearchQueryParser.Parse("leave partner").Broaden()!;

        Assert.Equal("(((\"leave\" OR \"partner\"))) NOT (((\"leave\") AND (\"partner\")))", Fts5QueryRenderer.Render(broad));
    }

    [Fact]
    public void Should_pass_every_word_as_a_parameter_when_rendering_a_tsquery()
    {
        var parameters = new SearchParameters();

        var sql = TsQueryRenderer.Render(SearchQueryParser.Parse("'; DROP TABLE x; -- bond* \"no contact\" -abuse"), parameters);

        Assert.DoesNotContain("DROP", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("contact", sql, StringComparison.Ordinal);
        Assert.Equal(["drop", "table", "x", "bond", "no contact", "abuse"], parameters.ToArray().Select(p => (string)p.Value!));
        Assert.Contains("to_tsquery('tbcms_search', quote_literal(@s3) || ':*')", sql, StringComparison.Ordinal);
        Assert.Contains("phraseto_tsquery('tbcms_search', @s4)", sql, StringComparison.Ordinal);
        Assert.EndsWith("&& !!plainto_tsquery('tbcms_search', @s5)", sql, StringComparison.Ordinal);
    }
}
