using TraumaBondCms.GraphQL.Types.Scalars;

namespace TraumaBondCms.GraphQL.Tests.Types.Scalars;

public class IdTypeTests
{
    public static TheoryData<object, string> Serializable => new()
    {
        { "abc", "abc" },
        { 42, "42" },
        { 9007199254740993L, "9007199254740993" },
        { 7.0, "7" },
        { Guid.Parse("0b7d8a52-5a8e-4c2b-9a4b-1f0f7e6d5c4b"), "0b7d8a52-5a8e-4c2b-9a4b-1f0f7e6d5c4b" },
    };

    [Theory]
    [MemberData(nameof(Serializable))]
    public void Should_serialize_to_string_when_value_is_string_integer_or_guid(object value, string expected)
    {
        var result = BuiltInScalars.ID.Serialize(value);

        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData(1.5, "ID cannot represent value: 1.5.")]
    [InlineData(true, "ID cannot represent value: true.")]
    public void Should_raise_field_error_when_serializing_other_values(object value, string message)
    {
        CoercionAssert.Fails(() => BuiltInScalars.ID.Serialize(value), message);
    }

    [Theory]
    [InlineData("abc", "abc")]
    [InlineData(7, "7")]
    [InlineData(-12L, "-12")]
    public void Should_accept_string_or_integer_when_coercing_input(object value, string expected)
    {
        var result = BuiltInScalars.ID.ParseValue(value);

        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData(true, "ID cannot represent value: true.")]
    [InlineData(1.5, "ID cannot represent value: 1.5.")]
    public void Should_reject_input_when_value_is_neither_string_nor_integer(object value, string message)
    {
        CoercionAssert.Fails(() => BuiltInScalars.ID.ParseValue(value), message);
    }

    [Theory]
    [InlineData("\"abc\"", "abc")]
    [InlineData("123", "123")]
    [InlineData("-5", "-5")]
    [InlineData("12345678901234567890", "12345678901234567890")]
    public void Should_parse_literal_when_it_is_a_string_or_int(string literal, string expected)
    {
        var result = BuiltInScalars.ID.ParseLiteral(CoercionAssert.Literal(literal));

        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("1.5", "ID cannot represent a non-string and non-integer value: 1.5.")]
    [InlineData("true", "ID cannot represent a non-string and non-integer value: true.")]
    public void Should_reject_literal_when_it_is_neither_string_nor_int(string literal, string message)
    {
        CoercionAssert.Fails(() => BuiltInScalars.ID.ParseLiteral(CoercionAssert.Literal(literal)), message);
    }
}
