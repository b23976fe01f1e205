using TraumaBondCms.GraphQL.Types.Scalars;

namespace TraumaBondCms.GraphQL.Tests.Types.Scalars;

public class IntTypeTests
{
    public static TheoryData<object, int> Serializable => new()
    {
        { 1, 1 },
        { int.MaxValue, int.MaxValue },
        { int.MinValue, int.MinValue },
        { 5L, 5 },
        { (short)-3, -3 },
        { (byte)7, 7 },
        { (ulong)4, 4 },
        { 2.0, 2 },
        { 1f, 1 },
        { 5m, 5 },
        { true, 1 },
        { false, 0 },
        { "123", 123 },
        { "-2147483648", int.MinValue },
    };

    public static TheoryData<object, string> Unserializable => new()
    {
        { 1.5, "Int cannot represent non-integer value: 1.5." },
        { 2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648." },
        { -2147483649L, "Int cannot represent non 32-bit signed integer value: -2147483649." },
        { 1e10, "Int cannot represent non 32-bit signed integer value: 10000000000." },
        { double.NaN, "Int cannot represent non-integer value: NaN." },
        { "abc", "Int cannot represent non-integer value: \"abc\"." },
        { "2147483648", "Int cannot represent non-integer value: \"2147483648\"." },
    };

    [Theory]
    [MemberData(nameof(Serializable))]
    public void Should_serialize_to_int_when_value_is_an_integer_in_range(object value, int expected)
    {
        var result = BuiltInScalars.Int.Serialize(value);

        Assert.Equal(expected, result);
    }

    [Theory]
    [MemberData(nameof(Unserializable))]
    public void Should_raise_field_error_when_serializing_a_value_that_is_not_a_32_bit_integer(object value, string message)
    {
        CoercionAssert.Fails(() => BuiltInScalars.Int.Serialize(value), message);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2147483647L, int.MaxValue)]
    [InlineData(-2147483648L, int.MinValue)]
    [InlineData(3.0, 3)]
    public void Should_accept_input_when_value_is_an_integer_in_range(object value, int expected)
    {
        var result = BuiltInScalars.Int.ParseValue(value);

        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("1", "Int cannot represent non-integer value: \"1\".")]
    [InlineData(true, "Int cannot represent non-integer value: true.")]
    [InlineData(1.5, "Int cannot represent non-integer value: 1.5.")]
    [InlineData(2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648.")]
    public void Should_reject_input_when_value_is_not_a_32_bit_integer(object value, string message)
    {
        CoercionAssert.Fails(() => BuiltInScalars.Int.ParseValue(value), message);
    }

    [Theory]
    [InlineData("2147483647", int.MaxValue)]
    [InlineData("-2147483648", int.MinValue)]
    [InlineData("-0", 0)]
    public void Should_parse_literal_when_it_is_an_integer_in_range(string literal, int expected)
    {
        var result = BuiltInScalars.Int.ParseLiteral(CoercionAssert.Literal(literal));

        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648.")]
    [InlineData("-2147483649", "Int cannot represent non 32-bit signed integer value: -2147483649.")]
    [InlineData("1.0", "Int cannot represent non-integer value: 1.0.")]
    [InlineData("\"1\"", "Int cannot represent non-integer value: \"1\".")]
    [InlineData("true", "Int cannot represent non-integer value: true.")]
    [InlineData("ONE", "Int cannot represent non-integer value: ONE.")]
    public void Should_reject_literal_when_it_is_not_a_32_bit_integer(string literal, string message)
    {
        CoercionAssert.Fails(() => BuiltInScalars.Int.ParseLiteral(CoercionAssert.Literal(literal)), message);
    }
}
