using TraumaBondCms.GraphQL.Types.Scalars;

namespace TraumaBondCms.GraphQL.Tests.Types.Scalars;

public class StringTypeTests
{
    public static TheoryData<object, string> Serializable => new()
    {
        { "text", "text" },
        { 'c', "c" },
        { true, "true" },
        { 42, "42" },
        { -1.5, "-1.5" },
        { 0.1m, "0.1" },
        { Guid.Parse("6f1c7b0e-2f3a-4a39-9d55-8c0d2f1e4b7a"), "6f1c7b0e-2f3a-4a39-9d55-8c0d2f1e4b7a" },
        { DayOfWeek.Monday, "Monday" },
    };

    [Theory]
    [MemberData(nameof(Serializable))]
    public void Should_serialize_to_string_when_value_converts_without_loss(object value, string expected)
    {
        var result = BuiltInScalars.String.Serialize(value);

        Assert.Equal(expected, result);
    }

    [Fact]
    public void Should_raise_field_error_when_serializing_values_without_a_text_form()
    {
        CoercionAssert.Fails(() => BuiltInScalars.String.Serialize(double.NaN), "String cannot represent value: NaN.");
        CoercionAssert.Fails(() => BuiltInScalars.String.Serialize(new Uri[0]), "String cannot represent value: System.Uri[].");
    }

    [Fact]
    public void Should_accept_only_strings_when_coercing_input()
    {
        var accepted = BuiltInScalars.String.ParseValue("value");

        Assert.Equal("value", accepted);
        CoercionAssert.Fails(() => BuiltInScalars.String.ParseValue(1), "String cannot represent a non string value: 1.");
        CoercionAssert.Fails(() => BuiltInScalars.String.ParseValue(true), "String cannot represent a non string value: true.");
    }

    [Theory]
    [InlineData("\"quoted\"", "quoted")]
    [InlineData("\"\"\"  block\n  text\"\"\"", "  block\ntext")]
    public void Should_parse_literal_when_it_is_a_string(string literal, string expected)
    {
        var result = BuiltInScalars.String.ParseLiteral(CoercionAssert.Literal(literal));

        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("1", "String cannot represent a non string value: 1.")]
    [InlineData("ENUM", "String cannot represent a non string value: ENUM.")]
    [InlineData("[\"a\"]", "String cannot represent a non string value: [\"a\"].")]
    public void Should_reject_literal_when_it_is_not_a_string(string literal, string message)
    {
        CoercionAssert.Fails(() => BuiltInScalars.String.ParseLiteral(CoercionAssert.Literal(literal)), message);
    }
}
