using TraumaBondCms.GraphQL.Types.Scalars;

namespace TraumaBondCms.GraphQL.Tests.Types.Scalars;

public class BooleanTypeTests
{
    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(1, true)]
    [InlineData(0, false)]
    [InlineData(0.0, false)]
    [InlineData(-2.5, true)]
    public void Should_serialize_to_boolean_when_value_is_boolean_or_finite_number(object value, bool expected)
    {
        var result = BuiltInScalars.Boolean.Serialize(value);

        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("true", "Boolean cannot represent a non boolean value: \"true\".")]
    [InlineData(double.NaN, "Boolean cannot represent a non boolean value: NaN.")]
    public void Should_raise_field_error_when_serializing_other_values(object value, string message)
    {
        CoercionAssert.Fails(() => BuiltInScalars.Boolean.Serialize(value), message);
    }

    [Fact]
    public void Should_accept_only_booleans_when_coercing_input()
    {
        var accepted = BuiltInScalars.Boolean.ParseValue(false);

        Assert.Equal(false, accepted);
        CoercionAssert.Fails(() => BuiltInScalars.Boolean.ParseValue(1), "Boolean cannot represent a non boolean value: 1.");
        CoercionAssert.Fails(() => BuiltInScalars.Boolean.ParseValue("true"), "Boolean cannot represent a non boolean value: \"true\".");
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Should_parse_literal_when_it_is_a_boolean(string literal, bool expected)
    {
        var result = BuiltInScalars.Boolean.ParseLiteral(CoercionAssert.Literal(literal));

        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("1", "Boolean cannot represent a non boolean value: 1.")]
    [InlineData("\"true\"", "Boolean cannot represent a non boolean value: \"true\".")]
    [InlineData("TRUE", "Boolean cannot represent a non boolean value: TRUE.")]
    public void Should_reject_literal_when_it_is_not_a_boolean(string literal, string message)
    {
        CoercionAssert.Fails(() => BuiltInScalars.Boolean.ParseLiteral(CoercionAssert.Literal(literal)), message);
    }
}
