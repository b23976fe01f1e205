using TraumaBondCms.Core.Content;
using static TraumaBondCms.Core.Tests.Content.FieldValidation;

namespace TraumaBondCms.Core.Tests.Content;

public class TextFieldValidationTests
{
    private static readonly ContentFieldDefinition Line = new() { Name = "hours", Kind = ContentFieldKind.Text, MaxLength = 10 };
    private static readonly ContentFieldDefinition Paragraph = new() { Name = "summary", Kind = ContentFieldKind.Text, MaxLength = 40, Multiline = true };
    private static readonly ContentFieldDefinition Region = RecipeContentTypes.Field("Resource", "region");

    [Fact]
    public void Should_store_trimmed_text_when_value_has_surrounding_space()
    {
        var stored = Accept(Line, "\"  24/7  \"");

        Assert.Equal("\"24/7\"", stored);
    }

    [Fact]
    public void Should_accept_text_when_trimmed_length_equals_maxLength()
    {
        var stored = Accept(Line, "\"  0123456789  \"");

        Assert.Equal("\"0123456789\"", stored);
    }

    [Fact]
    public void Should_name_length_and_maximum_when_text_is_longer_than_maxLength()
    {
        var error = Reject(Line, "\"01234567890\"");

        Assert.Equal("hours", error.Field);
        Assert.Equal("Field 'hours' is 11 characters long; the maximum is 10.", error.Message);
    }

    [Fact]
    public void Should_store_lf_line_endings_when_multiline_text_arrives_with_crlf()
    {
        var stored = Accept(Paragraph, "\"First line\\r\\nSecond line\"");

        Assert.Equal("\"First line\\nSecond line\"", stored);
    }

    [Theory]
    [InlineData("\"Mon\\nFri\"")]
    [InlineData("\"Mon\\rFri\"")]
    public void Should_reject_line_break_when_field_is_single_line(string value)
    {
        var error = Reject(Line, value);

        Assert.Equal("Field 'hours' must be a single line.", error.Message);
    }

    [Fact]
    public void Should_keep_line_breaks_when_field_is_multiline()
    {
        var stored = Accept(Paragraph, "\"First line.\\nSecond line.\"");

        Assert.Equal("\"First line.\\nSecond line.\"", stored);
    }

    [Fact]
    public void Should_reject_text_when_it_contains_NUL()
    {
        var error = Reject(Paragraph, "\"before\\u0000after\"");

        Assert.Equal("Field 'summary' contains a NUL character.", error.Message);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("true")]
    [InlineData("[\"a\"]")]
    [InlineData("{\"text\":\"a\"}")]
    public void Should_expect_a_string_when_value_is_not_a_string(string value)
    {
        var error = Reject(Line, value);

        Assert.Equal("Field 'hours' expects a string.", error.Message);
    }

    [Theory]
    [InlineData("US")]
    [InlineData("US-CA")]
    [InlineData("GB-ENG")]
    [InlineData("AU-NSW")]
    [InlineData("GLOBAL")]
    public void Should_accept_region_when_it_matches_the_recipe_pattern(string region)
    {
        var stored = Accept(Region, Str(region));

        Assert.Equal(Str(region), stored);
    }

    [Theory]
    [InlineData("us")]
    [InlineData("USA")]
    [InlineData("US-")]
    [InlineData("US-CALI")]
    [InlineData("Global")]
    [InlineData("US CA")]
    public void Should_name_pattern_when_region_does_not_match_it(string region)
    {
        var error = Reject(Region, Str(region));

        Assert.Equal("region", error.Field);
        Assert.Contains("does not match the pattern ^([A-Z]{2}(-[A-Z0-9]{1,3})?|GLOBAL)$", error.Message);
    }

    [Fact]
    public void Should_reject_text_when_pattern_matches_only_part_of_it()
    {
        // The definition promises a pattern "a text value must match in full", anchored or not.
        var code = new ContentFieldDefinition { Name = "code", Kind = ContentFieldKind.Text, Pattern = "[0-9]{3}" };

        var error = Reject(code, "\"call 988 now\"");

        Assert.Equal("Field 'code' does not match the pattern [0-9]{3}.", error.Message);
    }

    [Fact]
    public void Should_accept_text_when_unanchored_pattern_matches_all_of_it()
    {
        var code = new ContentFieldDefinition { Name = "code", Kind = ContentFieldKind.Text, Pattern = "[0-9]{3}|none" };

        var stored = Accept(code, "\"none\"");

        Assert.Equal("\"none\"", stored);
    }

    [Fact]
    public void Should_skip_pattern_when_text_is_blank()
    {
        var stored = Accept(Region, "\"   \"");

        Assert.Equal("\"\"", stored);
    }

    [Fact]
    public void Should_answer_does_not_match_rather_than_time_out_when_a_pattern_would_backtrack_catastrophically()
    {
        // (a+)+b against a long run of a's takes exponential time on a backtracking engine; the non-backtracking one answers.
        var code = new ContentFieldDefinition { Name = "code", Kind = ContentFieldKind.Text, Pattern = "(a+)+b" };

        var error = Reject(code, $"\"{new string('a', 5000)}c\"");

        Assert.Equal("Field 'code' does not match the pattern (a+)+b.", error.Message);
    }

    [Fact]
    public void Should_check_a_pattern_with_a_lookahead_when_it_needs_backtracking()
    {
        var code = new ContentFieldDefinition { Name = "code", Kind = ContentFieldKind.Text, Pattern = "(?=.*[0-9])[a-z0-9]+" };

        var stored = Accept(code, "\"abc1\"");
        var error = Reject(code, "\"abc\"");

        Assert.Equal(("\"abc1\"", "Field 'code' does not match the pattern (?=.*[0-9])[a-z0-9]+."), (stored, error.Message));
    }
}
