using TraumaBondCms.GraphQL.Types.Scalars;

namespace TraumaBondCms.GraphQL.Tests.Types.Scalars;

public class FloatTypeTests
{
    public static TheoryData<object, double> Serializable => new()
    {
        { 1.5, 1.5 },
        { 1, 1.0 },
        { 2.5f, 2.5 },
        { 1.25m, 1.25 },
        { true, 1.0 },
        { "3.5", 3.5 },
        { double.MaxValue, double.MaxValue },
        { double.Epsilon, double.Epsilon },
    };

    [Theory]
    [MemberData(nameof(Serializable))]
    public void Should_serialize_to_double_when_value_is_a_finite_number(object value, double expected)
    {
        var result = BuiltInScalars.Float.Serialize(value);

        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData(double.NaN, "Float cannot represent non numeric value: NaN.")]
    [InlineData(double.PositiveInfinity, "Float cannot represent non numeric value: Infinity.")]
    [InlineData(float.NegativeInfinity, "Float cannot represent non numeric value: -Infinity.")]
    [InlineData("abc", "Float cannot represent non numeric value: \"abc\".")]
    public void Should_raise_field_error_when_serializing_nan_infinity_or_non_numbers(object value, string message)
    {
        CoercionAssert.Fails(() => BuiltInScalars.Float.Serialize(value), message);
    }

    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(-1.5, -1.5)]
    [InlineData(9007199254740993L, 9007199254740992.0)]
    public void Should_accept_input_when_value_is_a_finite_number(object value, double expected)
    {
        var result = BuiltInScalars.Float.ParseValue(value);

        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("1.5", "Float cannot represent non numeric value: \"1.5\".")]
    [InlineData(true, "Float cannot represent non numeric value: true.")]
    [InlineData(double.NaN, "Float cannot represent non numeric value: NaN.")]
    [InlineData(double.NegativeInfinity, "Float cannot represent non numeric value: -Infinity.")]
    public void Should_reject_input_when_value_is_not_a_finite_number(object value, string message)
    {
        CoercionAssert.Fails(() => BuiltInScalars.Float.ParseValue(value), message);
    }

    [Theory]
    [InlineData("1", 1.0)]
    [InlineData("1.5e3", 1500.0)]
    [InlineData("-0.25", -0.25)]
    [InlineData("1.7976931348623157e308", double.MaxValue)]
    public void Should_parse_literal_when_it_is_an_int_or_float(string literal, double expected)
    {
        var result = BuiltInScalars.Float.ParseLiteral(CoercionAssert.Literal(literal));

        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("1e400", "Float cannot represent non numeric value: 1e400.")]
    [InlineData("\"1.5\"", "Float cannot represent non numeric value: \"1.5\".")]
    [InlineData("NaN", "Float cannot represent non numeric value: NaN.")]
    public void Should_reject_literal_when_it_is_not_a_finite_number(string literal, string message)
    {
        CoercionAssert.Fails(() => BuiltInScalars.Float.ParseLiteral(CoercionAssert.Literal(literal)), message);
    }
}
