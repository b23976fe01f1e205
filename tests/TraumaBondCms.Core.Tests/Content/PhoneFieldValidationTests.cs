using TraumaBondCms.Core.Content;
using static TraumaBondCms.Core.Tests.Content.FieldValidation;

namespace TraumaBondCms.Core.Tests.Content;

public class PhoneFieldValidationTests
{
    private static readonly ContentFieldDefinition Phone = RecipeContentTypes.Field("Resource", "phone");

    [Theory]
    [InlineData("1-800-799-7233")]
    [InlineData("988")]
    [InlineData("0808 2000 247")]
    [InlineData("+18007997233")]
    [InlineData("+44 808 2000 247")]
    [InlineData("(800) 799-7233")]
    [InlineData("800.799.7233")]
    public void Should_store_phone_when_number_is_well_formed(string number)
    {
        var stored = Accept(Phone, Str(number));

        Assert.Equal(Str(number), stored);
    }

    [Theory]
    [InlineData("1-800-SAFE-NOW")]
    [InlineData("12")]
    [InlineData("+123456")]
    [InlineData("1234567890123456")]
    [InlineData("+1234567890123456")]
    [InlineData("+0123456789")]
    [InlineData("988-")]
    public void Should_reject_phone_when_number_is_malformed(string number)
    {
        var error = Reject(Phone, Str(number));

        Assert.Equal("phone", error.Field);
        Assert.StartsWith("Field 'phone' must be a telephone number in E.164", error.Message);
    }
}
