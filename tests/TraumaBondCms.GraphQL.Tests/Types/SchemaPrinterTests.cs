using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Tests.Types;

public class SchemaPrinterTests
{
    [Fact]
    public void Should_omit_schema_definition_and_built_ins_when_roots_have_default_names()
    {
        var printed = SchemaPrinter.Print(SchemaBuilder.FromSdl("type Query { a: Int b: String } type Mutation { c: Boolean }").Build());

        Assert.Equal("type Query {\n  a: Int\n  b: String\n}\n\ntype Mutation {\n  c: Boolean\n}", printed);
    }

    [Theory]
    [InlineData("schema { query: Root } type Root { a: Int }", "schema {\n  query: Root\n}\n\ntype Root {\n  a: Int\n}")]
    [InlineData("schema { query: Query } type Query { a: Int } type Mutation { b: Int }", "schema {\n  query: Query\n}\n\ntype Query {\n  a: Int\n}\n\ntype Mutation {\n  b: Int\n}")]
    public void Should_print_schema_definition_when_default_names_would_mislead(string sdl, string expected)
    {
        var printed = SchemaPrinter.Print(SchemaBuilder.FromSdl(sdl).Build());

        Assert.Equal(expected, printed);
    }

    [Fact]
    public void Should_print_default_deprecation_bare_and_custom_reasons_as_arguments()
    {
        var schema = new SchemaBuilder()
            .AddObjectType("Query", query => query
                .Field("a", "Int", a => a.Deprecated())
                .Field("b", "Int", b => b.Deprecated("Use \"c\".")))
            .Build();

        var printed = SchemaPrinter.PrintType(schema.QueryType);

        Assert.Equal("type Query {\n  a: Int @deprecated\n  b: Int @deprecated(reason: \"Use \\\"c\\\".\")\n}", printed);
    }

    [Fact]
    public void Should_print_descriptions_as_indented_block_strings_or_quoted_when_blocks_cannot_hold_them()
    {
        var schema = new SchemaBuilder()
            .AddObjectType("Query", query => query
                .Description("Entry point.")
                .Field("a", "Int", a => a
                    .Description("First line.\n  Second line.")
                    .Argument("x", "Int", x => x.Description("\nStarts with a blank line."))))
            .Build();

        var printed = SchemaPrinter.Print(schema);

        Assert.Equal(
            "\"\"\"Entry point.\"\"\"\ntype Query {\n  \"\"\"\n  First line.\n    Second line.\n  \"\"\"\n  a(\n    \"\\nStarts with a blank line.\"\n    x: Int\n  ): Int\n}",
            printed);
        Assert.Equal(printed, SchemaPrinter.Print(SchemaBuilder.FromSdl(printed).Build()));
    }
}
