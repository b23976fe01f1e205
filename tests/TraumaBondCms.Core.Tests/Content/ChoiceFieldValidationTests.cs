using TraumaBondCms.Core.Content;
using static TraumaBondCms.Core.Tests.Content.FieldValidation;

namespace TraumaBondCms.Core.Tests.Content;

public class ChoiceFieldValidationTests
{
    private static readonly ContentFieldDefinition Audience = RecipeContentTypes.Field("Article", "audience");

    [Theory]
    [InlineData("\"survivors\"", "\"survivors\"")]
    [InlineData("\" professionals \"", "\"professionals\"")]
    public void Should_store_option_when_value_is_one_of_the_options(string value, string expected)
    {
        var stored = Accept(Audience, value);

        Assert.Equal(expected, stored);
    }

    [Theory]
    [InlineData("Survivors")]
    [InlineData("everyone")]
    public void Should_list_options_when_value_is_not_one_of_them(string value)
    {
        var error = Reject(Audience, Str(value));

        Assert.Equal("Field 'audience' must be one of: general, survivors, supporters, professionals.", error.Message);
    }
}
