using TraumaBondCms.Core.Safety;

namespace TraumaBondCms.Core.Tests.Safety;

public class PhoneNumberKeyTests
{
    [Theory]
    [InlineData("1-800-799-7233", "+1 800 799 7233")]
    [InlineData("1-800-799-7233", "800.799.7233")]
    [InlineData("1-800-799-7233", "(800) 799-7233")]
    [InlineData("0808 2000 247", "+44 808 2000 247")]
    [InlineData("0808 2000 247", "0044 808 2000 247")]
    [InlineData("988", "988")]
    public void Should_be_the_same_number_when_only_the_notation_differs(string a, string b)
    {
        var same = PhoneNumberKey.Parse(a).SameNumberAs(PhoneNumberKey.Parse(b));

        Assert.True(same);
    }

    [Theory]
    [InlineData("+1 808 200 0247", "+44 808 2000 247")]
    [InlineData("988", "989")]
    public void Should_be_different_numbers_when_digits_or_country_codes_differ(string a, string b)
    {
        var same = PhoneNumberKey.Parse(a).SameNumberAs(PhoneNumberKey.Parse(b));

        Assert.False(same);
    }

    [Theory]
    [InlineData("1-800-799-7223", 1)]
    [InlineData("1-800-799-723", 1)]
    [InlineData("1-800-799-72333", 1)]
    [InlineData("1-800-797-9233", 1)]
    [InlineData("1-800-799-7244", 2)]
    [InlineData("+1 800 799 7233", 0)]
    public void Should_count_edits_between_national_digits_when_comparing_with_the_hotline(string number, int distance)
    {
        var edits = PhoneNumberKey.Parse(number).DistanceTo(PhoneNumberKey.Parse("1-800-799-7233"));

        Assert.Equal(distance, edits);
    }

    [Theory]
    [InlineData("1-800-799-7233", true)]
    [InlineData("888 555 0100", true)]
    [InlineData("+1 866 331 9474", true)]
    [InlineData("0808 2000 247", true)]
    [InlineData("0800 1111", true)]
    [InlineData("1800 737 732", true)]
    [InlineData("808 555 0100", false)]
    [InlineData("020 7946 0018", false)]
    [InlineData("988", false)]
    public void Should_recognize_freephone_numbers_when_parsing(string number, bool tollFree)
    {
        var key = PhoneNumberKey.Parse(number);

        Assert.Equal(tollFree, key.IsTollFree);
    }
}
