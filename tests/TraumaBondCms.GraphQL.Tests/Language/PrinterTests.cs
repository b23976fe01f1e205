using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Tests.Language;

public class PrinterTests
{
    [Theory]
    [InlineData("query { a }", "{\n  a\n}")]
    [InlineData("query ($v: Int) { a(x: $v) }", "query ($v: Int) {\n  a(x: $v)\n}")]
    [InlineData("query @d { a }", "query @d {\n  a\n}")]
    [InlineData("mutation { a }", "mutation {\n  a\n}")]
    [InlineData("{ ... @include(if: true) { a } ... { b } }", "{\n  ... @include(if: true) {\n    a\n  }\n  ... {\n    b\n  }\n}")]
    public void Should_print_shorthand_only_when_operation_is_an_anonymous_plain_query(string source, string expected)
    {
        var printed = Printer.Print(Parser.Parse(source));

        Assert.Equal(expected, printed);
    }

    [Fact]
    public void Should_print_nodes_built_in_code_when_they_have_no_location()
    {
        var selection = new SelectionSetNode
        {
            Selections =
            [
                new FieldNode
                {
                    Alias = new NameNode { Value = "first" },
                    Name = new NameNode { Value = "articles" },
                    Arguments = [new ArgumentNode { Name = new NameNode { Value = "limit" }, Value = new IntValueNode { Value = "3" } }],
                },
            ],
        };

        var printed = selection.ToString();

        Assert.Equal("{\n  first: articles(limit: 3)\n}", printed);
    }

    [Theory]
    [InlineData("a\"b\\c", "\"a\\\"b\\\\c\"")]
    [InlineData("line\nbreak\ttab\rreturn\b\f", "\"line\\nbreak\\ttab\\rreturn\\b\\f\"")]
    [InlineData("\u0001\u001F\u007F\u009F", "\"\\u0001\\u001F\\u007F\\u009F\"")]
    [InlineData("slash / \u00e9 \U0001F600", "\"slash / \u00e9 \U0001F600\"")]
    public void Should_escape_quoted_string_when_value_has_special_characters(string value, string expected)
    {
        var printed = Printer.Print(new StringValueNode { Value = value });

        Assert.Equal(expected, printed);
        Assert.Equal(value, ((StringValueNode)Parser.ParseValue(printed)).Value);
    }

    [Fact]
    public void Should_fall_back_to_quoted_string_when_block_string_cannot_hold_value()
    {
        var printed = Printer.Print(new StringValueNode { Value = "\ntrailing\n", IsBlock = true });

        Assert.Equal("\"\\ntrailing\\n\"", printed);
    }

    [Fact]
    public void Should_indent_block_descriptions_when_printing_nested_definitions()
    {
        var document = Parser.Parse("type T { \"\"\"\nLine one\n  Line two\n\"\"\" f(\"\"\"arg\"\"\" a: Int): Int }");

        var printed = Printer.Print(document);

        Assert.Equal("type T {\n  \"\"\"\n  Line one\n    Line two\n  \"\"\"\n  f(\n    \"\"\"arg\"\"\"\n    a: Int\n  ): Int\n}", printed);
        Assert.Equal(printed, Printer.Print(Parser.Parse(printed)));
    }
}
