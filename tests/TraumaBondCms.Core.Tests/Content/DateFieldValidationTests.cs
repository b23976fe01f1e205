using TraumaBondCms.Core.Content;
using static TraumaBondCms.Core.Tests.Content.FieldValidation;

namespace TraumaBondCms.Core.Tests.Content;

public class DateFieldValidationTests
{
    private static readonly ContentFieldDefinition ReviewedOn = new() { Name = "reviewedOn", Kind = ContentFieldKind.Date };

    [Theory]
    [InlineData("\"2025-03-01\"", "\"2025-03-01\"")]
    [InlineData("\" 2024-02-29 \"", "\"2024-02-29\"")]
    public void Should_store_date_when_written_yyyy_MM_dd(string value, string expected)
    {
        var stored = Accept(ReviewedOn, value);

        Assert.Equal(expected, stored);
    }

    [Theory]
    [InlineData("2025-3-1")]
    [InlineData("01/03/2025")]
    [InlineData("2025-02-30")]
    [InlineData("2023-02-29")]
    [InlineData("2025-03-01T00:00:00Z")]
    [InlineData("20250301")]
    public void Should_reject_date_when_not_a_real_yyyy_MM_dd_date(string value)
    {
        var error = Reject(ReviewedOn, Str(value));

        Assert.Equal("Field 'reviewedOn' must be a date written yyyy-MM-dd.", error.Message);
    }

    [Fact]
    public void Should_expect_a_string_when_date_is_a_number()
    {
        var error = Reject(ReviewedOn, "20250301");

        Assert.Equal("Field 'reviewedOn' expects a string.", error.Message);
    }
}
