using TraumaBondCms.Core.Content;
using static TraumaBondCms.Core.Tests.Content.FieldValidation;

namespace TraumaBondCms.Core.Tests.Content;

public class BooleanFieldValidationTests
{
    private static readonly ContentFieldDefinition IsCrisisLine = RecipeContentTypes.Field("Resource", "isCrisisLine");

    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    public void Should_store_boolean_when_value_is_true_or_false(string value)
    {
        var stored = Accept(IsCrisisLine, value);

        Assert.Equal(value, stored);
    }

    [Theory]
    [InlineData("\"true\"")]
    [InlineData("1")]
    [InlineData("\"yes\"")]
    [InlineData("[]")]
    public void Should_expect_true_or_false_when_value_is_not_a_JSON_boolean(string value)
    {
        var error = Reject(IsCrisisLine, value);

        Assert.Equal("isCrisisLine", error.Field);
        Assert.Equal("Field 'isCrisisLine' expects true or false.", error.Message);
    }
}
