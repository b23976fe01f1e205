using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Tests.Language;

public class ParserTests
{
    [Theory]
    [InlineData("executable.graphql", "executable.expected.graphql")]
    [InlineData("schema.graphql", "schema.expected.graphql")]
    public void Should_print_canonical_text_when_parsing_kitchen_sink(string input, string expected)
    {
        var document = Parser.Parse(KitchenSink.Read(input));

        Assert.Equal(KitchenSink.Read(expected), Printer.Print(document));
    }

    [Theory]
    [InlineData("executable.expected.graphql")]
    [InlineData("schema.expected.graphql")]
    public void Should_reach_fixed_point_when_printing_reparsed_kitchen_sink(string canonical)
    {
        var printed = Printer.Print(Parser.Parse(KitchenSink.Read(canonical)));

        var reprinted = Printer.Print(Parser.Parse(printed));

        Assert.Equal(printed, reprinted);
        Assert.Equal(KitchenSink.Read(canonical), printed);
    }

    [Fact]
    public void Should_build_operation_nodes_when_parsing_a_query()
    {
        var document = Parser.Parse("query Q($a: Int = 1) @live { alias: f(x: $a) @d { ... on T { y } ...F } }");

        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal((OperationType.Query, "Q"), (operation.Operation, operation.Name?.Value));
        var variable = Assert.Single(operation.VariableDefinitions);
        Assert.Equal("a", variable.Variable.Name.Value);
        Assert.Equal("Int", Assert.IsType<NamedTypeNode>(variable.Type).Name.Value);
        Assert.Equal("1", Assert.IsType<IntValueNode>(variable.DefaultValue).Value);
        Assert.Equal("live", Assert.Single(operation.Directives).Name.Value);
        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal(("alias", "f", "alias"), (field.Alias?.Value, field.Name.Value, field.ResponseName));
        Assert.Equal("a", Assert.IsType<VariableNode>(Assert.Single(field.Arguments).Value).Name.Value);
        Assert.Collection(
            field.SelectionSet!.Selections,
            inline => Assert.Equal("T", Assert.IsType<InlineFragmentNode>(inline).TypeCondition?.Name.Value),
            spread => Assert.Equal("F", Assert.IsType<FragmentSpreadNode>(spread).Name.Value));
    }

    [Fact]
    public void Should_record_offsets_line_and_column_when_locating_nodes()
    {
        var document = Parser.Parse("query Q {\n  f: g(a: 1)\n}");

        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        Assert.Equal(new Location(12, 22, 2, 3), field.Location);
        Assert.Equal(new Location(17, 21, 2, 8), field.Arguments[0].Location);
        Assert.Equal(new Location(0, 24, 1, 1), document.Location);
    }

    [Fact]
    public void Should_build_type_system_nodes_when_parsing_sdl()
    {
        var document = Parser.Parse("""
            "Doc" type A implements B & C @k { f("arg doc" x: [Int!] = [1]): A! }
            extend union U = A
            directive @d repeatable on FIELD | OBJECT
            """);

        var type = Assert.IsType<ObjectTypeDefinitionNode>(document.Definitions[0]);
        Assert.Equal(("Doc", false), (type.Description?.Value, type.Description?.IsBlock));
        Assert.Equal(["B", "C"], type.Interfaces.Select(i => i.Name.Value));
        var argument = Assert.Single(Assert.Single(type.Fields).Arguments);
        Assert.Equal("arg doc", argument.Description?.Value);
        Assert.Equal(("[Int!]", "[1]"), (Printer.Print(argument.Type), Printer.Print(argument.DefaultValue!)));
        Assert.Equal("A", Assert.Single(Assert.IsType<UnionTypeExtensionNode>(document.Definitions[1]).Types).Name.Value);
        var directive = Assert.IsType<DirectiveDefinitionNode>(document.Definitions[2]);
        Assert.True(directive.IsRepeatable);
        Assert.Equal(["FIELD", "OBJECT"], directive.Locations.Select(l => l.Value));
    }

    [Fact]
    public void Should_parse_literals_when_using_value_and_type_entry_points()
    {
        var value = Assert.IsType<ListValueNode>(Parser.ParseValue("[1, 2.5, \"s\", true, null, ENUM, $v, {k: []}]"));
        var type = Parser.ParseType("[String!]!");

        Assert.Equal(
            [NodeKind.IntValue, NodeKind.FloatValue, NodeKind.StringValue, NodeKind.BooleanValue, NodeKind.NullValue, NodeKind.EnumValue, NodeKind.Variable, NodeKind.ObjectValue],
            value.Values.Select(v => v.Kind));
        var list = Assert.IsType<ListTypeNode>(Assert.IsType<NonNullTypeNode>(type).Type);
        Assert.Equal("String", Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(list.Type).Type).Name.Value);
    }

    [Theory]
    [InlineData("", "Unexpected <EOF>.", 1, 1)]
    [InlineData("{", "Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ a: }", "Expected Name, found \"}\".", 1, 6)]
    [InlineData("{ a }\n{ b", "Expected Name, found <EOF>.", 2, 4)]
    [InlineData("{ a(x: ) }", "Unexpected \")\".", 1, 8)]
    [InlineData("{ a(b: {c 1}) }", "Expected \":\", found Int \"1\".", 1, 11)]
    [InlineData("{ ... on }", "Expected Name, found \"}\".", 1, 10)]
    [InlineData("{ a(x: 1.) }", "Invalid number, expected digit but got: \")\".", 1, 10)]
    [InlineData("notAnOperation { a }", "Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("query Q($a: [Int) { a }", "Expected \"]\", found \")\".", 1, 17)]
    [InlineData("query Q($a: Int = $b) { a }", "Unexpected variable \"$b\" in constant value.", 1, 19)]
    [InlineData("query Q($a: Int) @d(x: $a)", "Expected \"{\", found <EOF>.", 1, 27)]
    [InlineData("fragment on on T { a }", "Unexpected Name \"on\".", 1, 10)]
    [InlineData("fragment F T { a }", "Expected \"on\", found Name \"T\".", 1, 12)]
    [InlineData("\"desc\" query { a }", "Unexpected Name \"query\".", 1, 8)]
    [InlineData("\"desc\" extend type A @d", "Unexpected Name \"extend\".", 1, 8)]
    [InlineData("type T {}", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("type T implements { a: Int }", "Expected Name, found \"{\".", 1, 19)]
    [InlineData("type T { f(a: Int = $v): Int }", "Unexpected variable \"$v\" in constant value.", 1, 21)]
    [InlineData("schema { query Q }", "Expected \":\", found Name \"Q\".", 1, 16)]
    [InlineData("extend type T", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend scalar S { }", "Unexpected \"{\".", 1, 17)]
    [InlineData("extend foo", "Unexpected Name \"foo\".", 1, 8)]
    [InlineData("union U = | ", "Expected Name, found <EOF>.", 1, 13)]
    [InlineData("enum E { A true }", "Name \"true\" is reserved and cannot be used for an enum value.", 1, 12)]
    [InlineData("directive @d on FOO", "Unexpected Name \"FOO\".", 1, 17)]
    [InlineData("directive @d(a: Int) on", "Expected Name, found <EOF>.", 1, 24)]
    public void Should_report_exact_location_when_document_is_invalid(string document, string message, int line, int column)
    {
        SyntaxAssert.ParseFails(document, message, line, column);
    }

    [Fact]
    public void Should_reject_trailing_tokens_when_parsing_a_single_literal()
    {
        SyntaxAssert.Fails(() => Parser.ParseType("String extra"), "Expected <EOF>, found Name \"extra\".", 1, 8);
        SyntaxAssert.Fails(() => Parser.ParseConstValue("{a: $b}"), "Unexpected variable \"$b\" in constant value.", 1, 5);
    }

    [Fact]
    public void Should_report_source_name_when_parsing_a_named_source()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(new Source("{", "schema.graphql")));

        Assert.Equal("schema.graphql", error.GraphQLSource.Name);
    }
}
