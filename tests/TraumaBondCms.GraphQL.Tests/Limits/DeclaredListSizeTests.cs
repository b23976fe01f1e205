using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Limits;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Tests.Limits;

/// <summary>The cost analysis charges each list by the size its field declares (<see cref="ListSize"/>), and nested lists multiply.</summary>
public sealed class DeclaredListSizeTests
{
    private static readonly Schema Schema = BuildSchema();

    [Theory]
    [InlineData("{ items { nodes { id } } }", 1 + (20 * 1))]
    [InlineData("{ items(first: 5) { nodes { id } } }", 1 + (5 * 1))]
    [InlineData("{ items(last: 7) { nodes { id } } }", 1 + (7 * 1))]
    [InlineData("{ items(first: 5000) { nodes { id } } }", 1 + (100 * 1))]
    [InlineData("{ items(first: 3) { edges { node { id } } nodes { id } } }", 1 + (3 * (1 + 1)) + (3 * 1))]
    [InlineData("{ items(first: 2) { nodes { tags { id } } } }", 1 + (2 * (1 + (8 * 1))))]
    [InlineData("{ items(first: 10) { nodes { children(first: 10) { nodes { children(first: 10) { nodes { id } } } } } } }", 1 + (10 * (1 + 1 + (10 * (1 + 1 + (10 * 1))))))]
    [InlineData("{ items(first: 4) { ...Page } } fragment Page on ItemConnection { nodes { id } }", 1 + (4 * 1))]
    public void Should_charge_each_list_by_its_declared_bound_when_a_field_declares_one(string query, long cost)
    {
        var metrics = Measure(query);

        Assert.Equal(cost, metrics.Cost);
    }

    [Fact]
    public void Should_read_the_slice_from_a_variable_when_given_as_one()
    {
        var document = Parser.Parse("query ($n: Int) { items(first: $n) { nodes { id } } }");
        var operation = (OperationDefinitionNode)document.Definitions[0];

        var metrics = QueryLimitsAnalyzer.Measure(Schema, document, operation, new Dictionary<string, object?> { ["n"] = 50 }, QueryLimits.Default);

        Assert.Equal(1 + 50, metrics.Cost);
    }

    private static QueryMetrics Measure(string query)
    {
        var document = Parser.Parse(query);
        var operation = document.Definitions.OfType<OperationDefinitionNode>().Single();
        return QueryLimitsAnalyzer.Measure(Schema, document, operation, new Dictionary<string, object?>(), QueryLimits.Default with { DefaultListSize = 1000 });
    }

    private static Schema BuildSchema()
    {
        var builder = new SchemaBuilder();
        builder.AddObjectType("Query", t => t.Field("items", "ItemConnection!", f => f.Argument("first", "Int").Argument("last", "Int").ListSize(ListSize.Connection(20, 100))));
        builder.AddObjectType("ItemConnection", t => t.Field("edges", "[ItemEdge!]!").Field("nodes", "[Item!]!"));
        builder.AddObjectType("ItemEdge", t => t.Field("node", "Item!"));
        builder.AddObjectType("Item", t => t
            .Field("id", "ID!")
            .Field("tags", "[Tag!]!", f => f.ListSize(ListSize.AtMost(8)))
            .Field("children", "ItemConnection!", f => f.Argument("first", "Int").ListSize(ListSize.Connection(20, 100))));
        builder.AddObjectType("Tag", t => t.Field("id", "ID!"));
        return builder.Build();
    }
}
