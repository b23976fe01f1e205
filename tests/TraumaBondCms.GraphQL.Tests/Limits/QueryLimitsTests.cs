using System.Text;
using TraumaBondCms.GraphQL.Errors;
using TraumaBondCms.GraphQL.Execution;
using TraumaBondCms.GraphQL.Introspection;
using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Limits;
using TraumaBondCms.GraphQL.Types;
using static TraumaBondCms.GraphQL.Tests.Execution.ExecutionHarness;

namespace TraumaBondCms.GraphQL.Tests.Limits;

public sealed class QueryLimitsTests
{
    private const string Sdl = """
        type Query { articles(first: Int, limit: Int): [Article!]! article: Article title: String }
        type Article { title: String tags: [String] related(first: Int): [Article] author: Author }
        type Author { name: String articles: [Article] }
        """;

    private static readonly Schema Schema = SchemaBuilder.FromSdl(Sdl).Build();

    [Theory]
    [InlineData("{ title }", 1)]
    [InlineData("{ article { author { name } } }", 3)]
    [InlineData("{ ...A } fragment A on Query { article { ...B } } fragment B on Article { author { articles { title } } }", 4)]
    public void Should_count_depth_with_root_fields_at_one_and_fragments_where_spread(string query, int depth)
    {
        Assert.Equal(depth, Measure(query).Depth);
    }

    [Theory]
    [InlineData("{ a: title b: title title }", 2)]
    [InlineData("{ ...F ...F } fragment F on Query { x: title }", 2)]
    public void Should_count_aliases_every_time_a_fragment_is_spread(string query, int aliases)
    {
        Assert.Equal(aliases, Measure(query).Aliases);
    }

    [Theory]
    [InlineData("{ title }", 0)]
    [InlineData("{ article { title tags } }", 1)]
    [InlineData("{ articles { title } }", 10 * 1)]
    [InlineData("{ articles { author { name } } }", 10 * (1 + 1))]
    [InlineData("{ articles(first: 3) { author { name } } }", 3 * (1 + 1))]
    [InlineData("{ articles(limit: 4) { related(first: 2) { author { name } } } }", 4 * (1 + (2 * (1 + 1))))]
    [InlineData("{ __schema { types { fields { name } } } articles(first: 1) { author { name } } }", 2)]
    public void Should_charge_every_item_of_a_list_by_the_list_size_argument_or_the_default(string query, long cost)
    {
        Assert.Equal(cost, Measure(query).Cost);
    }

    [Fact]
    public void Should_read_list_sizes_from_variables_when_given_as_variables()
    {
        var document = Parser.Parse("query ($n: Int) { articles(first: $n) { author { name } } }");
        var operation = (OperationDefinitionNode)document.Definitions[0];

        var metrics = QueryLimitsAnalyzer.Measure(Schema, document, operation, new Dictionary<string, object?> { ["n"] = 25 }, QueryLimits.Default);

        Assert.Equal(25 * 2, metrics.Cost);
    }

    [Fact]
    public void Should_measure_in_linear_time_when_fragments_spread_each_other_exponentially()
    {
        var text = new StringBuilder("{ ...F0 }\n");
        for (var i = 0; i < 30; i++)
        {
            text.Append($"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}\n");
        }

        text.Append("fragment F30 on Query { a: title }");

        var metrics = Measure(text.ToString());

        Assert.Equal(1 << 30, metrics.Aliases);
    }

    [Theory]
    [InlineData("{ article { author { articles { author { name } } } } }", ErrorCodes.MaxDepthExceeded)]
    [InlineData("{ a: title b: title c: title d: title }", ExecutionErrorCodes.MaxAliasesExceeded)]
    [InlineData("{ articles(first: 1000) { author { name } } }", ExecutionErrorCodes.MaxCostExceeded)]
    public async Task Should_refuse_the_request_before_execution_when_a_limit_is_exceeded(string query, string code)
    {
        var executed = false;
        var schema = SchemaBuilder.FromSdl(Sdl).Resolve("Query", "title", _ => executed = true).Build();
        var options = new GraphQLExecutorOptions { Limits = new QueryLimits { MaxDepth = 4, MaxAliases = 3, MaxCost = 500 } };

        var result = await ExecuteAsync(schema, query, options: options);

        Assert.True(result.IsRequestError);
        Assert.Equal([code], Codes(result));
        Assert.False(executed);
    }

    [Fact]
    public async Task Should_allow_the_standard_introspection_query_within_the_default_limits()
    {
        var result = await ExecuteAsync(Schema, IntrospectionQuery.Text, options: new GraphQLExecutorOptions());

        Assert.Empty(result.Errors);
        Assert.Equal(15, Measure(IntrospectionQuery.Text).Depth);
    }

    private static QueryMetrics Measure(string query)
    {
        var document = Parser.Parse(query);
        var operation = document.Definitions.OfType<OperationDefinitionNode>().Single();
        return QueryLimitsAnalyzer.Measure(Schema, document, operation, new Dictionary<string, object?>(), QueryLimits.Default);
    }
}
