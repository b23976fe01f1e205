using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Core.Tests.Content;

public class PhoneNumbersTests
{
    [Theory]
    [InlineData("1-800-799-7233")]
    [InlineData("988")]
    [InlineData("0808 2000 247")]
    [InlineData("+18007997233")]
    [InlineData("+44 808-2000-247")]
    [InlineData("(800) 799-7233")]
    [InlineData("116.123")]
    public void Should_be_well_formed_when_number_is_E164_or_national(string number)
    {
        var wellFormed = PhoneNumbers.IsWellFormed(number);

        Assert.True(wellFormed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12")]
    [InlineData("1-800-SAFE")]
    [InlineData("+123456")]
    [InlineData("+1234567890123456")]
    [InlineData("1234567890123456")]
    [InlineData("+0808 2000 247")]
    [InlineData("800-")]
    [InlineData("-800")]
    [InlineData("1 2 3 4 5 6 7 8 9 0 1 2 3 4")]
    public void Should_not_be_well_formed_when_number_is_malformed(string number)
    {
        var wellFormed = PhoneNumbers.IsWellFormed(number);

        Assert.False(wellFormed);
    }

    [Theory]
    [InlineData("1-800-799-7233", "18007997233")]
    [InlineData("+44 808 2000 247", "448082000247")]
    [InlineData("(800) 799.7233", "8007997233")]
    [InlineData("988", "988")]
    public void Should_keep_only_digits_when_taking_Digits(string number, string expected)
    {
        var digits = PhoneNumbers.Digits(number);

        Assert.Equal(expected, digits);
    }
}
