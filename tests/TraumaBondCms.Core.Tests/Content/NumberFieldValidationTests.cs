using TraumaBondCms.Core.Content;
using static TraumaBondCms.Core.Tests.Content.FieldValidation;

namespace TraumaBondCms.Core.Tests.Content;

public class NumberFieldValidationTests
{
    private static readonly ContentFieldDefinition ReadingMinutes = RecipeContentTypes.Field("Article", "readingMinutes");
    private static readonly ContentFieldDefinition Price = new() { Name = "price", Kind = ContentFieldKind.Number, Decimals = 2 };

    [Theory]
    [InlineData("1", "1")]
    [InlineData("120", "120")]
    [InlineData("7.0", "7")]
    public void Should_store_number_when_within_bounds_and_whole(string value, string expected)
    {
        var stored = Accept(ReadingMinutes, value);

        Assert.Equal(expected, stored);
    }

    [Theory]
    [InlineData("0", "Field 'readingMinutes' must be at least 1.")]
    [InlineData("-5", "Field 'readingMinutes' must be at least 1.")]
    [InlineData("121", "Field 'readingMinutes' must be at most 120.")]
    [InlineData("2.5", "Field 'readingMinutes' must be a whole number.")]
    [InlineData("\"12\"", "Field 'readingMinutes' expects a number.")]
    public void Should_explain_problem_when_number_breaks_a_rule(string value, string expected)
    {
        var error = Reject(ReadingMinutes, value);

        Assert.Equal(expected, error.Message);
    }

    [Theory]
    [InlineData("2.25", "2.25")]
    [InlineData("2.250", "2.25")]
    [InlineData("-3", "-3")]
    public void Should_store_number_when_it_has_at_most_the_allowed_decimals(string value, string expected)
    {
        var stored = Accept(Price, value);

        Assert.Equal(expected, stored);
    }

    [Fact]
    public void Should_name_allowed_decimals_when_number_has_more()
    {
        var error = Reject(Price, "2.255");

        Assert.Equal("Field 'price' allows at most 2 decimal places.", error.Message);
    }

    [Theory]
    [InlineData("1e300")]
    [InlineData("-1e300")]
    [InlineData("1e400")]
    [InlineData("79228162514264337593543950336")]
    public void Should_report_out_of_range_when_number_is_huge(string value)
    {
        var error = Reject(Price, value);

        Assert.Equal("Field 'price' is out of range.", error.Message);
    }
}
