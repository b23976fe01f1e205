using TraumaBondCms.GraphQL.Types.Scalars;

namespace TraumaBondCms.GraphQL.Tests.Types.Scalars;

public class DateTimeTypeTests
{
    private static readonly DateTimeType Scalar = new();

    public static TheoryData<string, DateTimeOffset> Parsable => new()
    {
        { "2024-05-01T09:30:00Z", new DateTimeOffset(2024, 5, 1, 9, 30, 0, TimeSpan.Zero) },
        { "2024-05-01T11:30:00.250+02:00", new DateTimeOffset(2024, 5, 1, 11, 30, 0, 250, TimeSpan.FromHours(2)) },
        { "2024-05-01t09:30:00z", new DateTimeOffset(2024, 5, 1, 9, 30, 0, TimeSpan.Zero) },
        { "1999-12-31T23:59:59.1234567-05:30", new DateTimeOffset(1999, 12, 31, 23, 59, 59, TimeSpan.FromHours(-5.5)).AddTicks(1234567) },
    };

    public static TheoryData<object, string> Serializable => new()
    {
        { new DateTimeOffset(2024, 5, 1, 9, 30, 0, TimeSpan.Zero), "2024-05-01T09:30:00Z" },
        { new DateTimeOffset(2024, 5, 1, 9, 30, 0, 250, TimeSpan.Zero), "2024-05-01T09:30:00.25Z" },
        { new DateTimeOffset(2024, 5, 1, 11, 30, 0, TimeSpan.FromHours(2)), "2024-05-01T11:30:00+02:00" },
        { new DateTime(2024, 5, 1, 9, 30, 0, DateTimeKind.Utc), "2024-05-01T09:30:00Z" },
        { "2024-05-01T11:30:00.500+02:00", "2024-05-01T11:30:00.5+02:00" },
    };

    [Fact]
    public void Should_declare_its_specification_when_created()
    {
        var url = Scalar.SpecifiedByUrl;

        Assert.Equal("https://scalars.graphql.org/andimarek/date-time", url);
        Assert.Equal("DateTime", Scalar.Name);
    }

    [Theory]
    [MemberData(nameof(Parsable))]
    public void Should_parse_value_and_literal_keeping_the_offset_when_input_has_one(string text, DateTimeOffset expected)
    {
        var fromValue = (DateTimeOffset)Scalar.ParseValue(text)!;
        var fromLiteral = (DateTimeOffset)Scalar.ParseLiteral(CoercionAssert.Literal(GraphQL.Language.Printer.PrintQuotedString(text)))!;

        Assert.Equal((expected, expected.Offset), (fromValue, fromValue.Offset));
        Assert.Equal((expected, expected.Offset), (fromLiteral, fromLiteral.Offset));
    }

    [Theory]
    [InlineData("2024-05-01T09:30:00")]
    [InlineData("2024-05-01")]
    [InlineData("2024-02-30T00:00:00Z")]
    [InlineData("2024-05-01T09:30:00.12345678Z")]
    [InlineData("2024-05-01 09:30:00Z")]
    [InlineData("yesterday")]
    public void Should_reject_input_when_text_is_not_an_rfc3339_date_time_with_offset(string text)
    {
        CoercionAssert.Fails(() => Scalar.ParseValue(text), $"DateTime cannot represent an invalid date-time string: \"{text}\".");
    }

    [Fact]
    public void Should_reject_input_when_value_is_not_a_string()
    {
        CoercionAssert.Fails(() => Scalar.ParseValue(1714555800), "DateTime cannot represent a non string value: 1714555800.");
        CoercionAssert.Fails(() => Scalar.ParseLiteral(CoercionAssert.Literal("1714555800")), "DateTime cannot represent a non string value: 1714555800.");
    }

    [Theory]
    [MemberData(nameof(Serializable))]
    public void Should_serialize_with_offset_and_minimal_fraction_when_value_is_a_moment(object value, string expected)
    {
        var result = Scalar.Serialize(value);

        Assert.Equal(expected, result);
    }

    [Fact]
    public void Should_raise_field_error_when_serializing_a_date_time_without_offset()
    {
        var unspecified = new DateTime(2024, 5, 1, 9, 30, 0, DateTimeKind.Unspecified);

        CoercionAssert.Fails(() => Scalar.Serialize(unspecified), "DateTime cannot represent a date and time without an offset: 05/01/2024 09:30:00.");
    }
}
