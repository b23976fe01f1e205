using TraumaBondCms.GraphQL.Language;

namespace TraumaBondCms.GraphQL.Tests.Language;

public class BlockStringTests
{
    [Theory]
    [InlineData("  \n    a\n      b\n  \n", "a\n  b")]
    [InlineData("first\n    second\n      third", "first\nsecond\n  third")]
    [InlineData("\t\ta\n\t\tb", "\t\ta\nb")]
    [InlineData("   \n   ", "")]
    [InlineData("a\n\n    b\n  \n", "a\n\nb")]
    public void Should_apply_spec_block_string_value_when_dedenting(string raw, string expected)
    {
        var value = BlockString.Dedent(raw);

        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("single line", "", "\"\"\"single line\"\"\"")]
    [InlineData("two\nlines", "  ", "\"\"\"\n  two\n  lines\n  \"\"\"")]
    [InlineData("ends with quote\"", "", "\"\"\"\nends with quote\"\n\"\"\"")]
    [InlineData("has \"\"\" inside", "", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("a\n\n  b", "", "\"\"\"\na\n\n  b\n\"\"\"")]
    public void Should_format_value_as_block_string_when_representable(string value, string indentation, string expected)
    {
        var formatted = BlockString.TryFormat(value, indentation, out var literal);

        Assert.True(formatted);
        Assert.Equal(expected, literal);
    }

    [Theory]
    [InlineData("\nleading blank line")]
    [InlineData("trailing blank line\n")]
    [InlineData("carriage\rreturn")]
    [InlineData("control\u0001")]
    [InlineData("   ")]
    public void Should_refuse_block_string_when_value_cannot_round_trip(string value)
    {
        var formatted = BlockString.TryFormat(value, "", out var literal);

        Assert.False(formatted);
        Assert.Null(literal);
    }

    [Theory]
    [InlineData("  indented first\nsecond")]
    [InlineData("first\n  both indented\n  equally")]
    [InlineData("ends with backslash \\")]
    [InlineData("\t tabs \t")]
    [InlineData("emoji \U0001F600\nline")]
    public void Should_round_trip_value_when_formatted_literal_is_lexed_again(string value)
    {
        var formatted = BlockString.TryFormat(value, "    ", out var literal);

        Assert.True(formatted);
        Assert.Equal(value, SyntaxAssert.LexOne(literal!).Value);
    }
}
