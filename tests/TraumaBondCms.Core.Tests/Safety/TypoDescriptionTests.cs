using TraumaBondCms.Core.Safety;

namespace TraumaBondCms.Core.Tests.Safety;

public class TypoDescriptionTests
{
    [Theory]
    [InlineData("8007979233", "8007997233", "two digits swapped")]
    [InlineData("8007997223", "8007997233", "one digit different")]
    [InlineData("8007997234", "8007997233", "one digit different")]
    [InlineData("800799723", "8007997233", "a digit missing")]
    [InlineData("80079972333", "8007997233", "an extra digit")]
    [InlineData("8007997333", "8007997233", "one digit different")]
    [InlineData("8007997200", "8007997233", "two digits different")]
    public void Should_say_how_the_number_differs_when_it_is_a_near_miss(string found, string expected, string description)
    {
        var said = TypoDescription.Describe(found, expected, "digit");

        Assert.Equal(description, said);
    }

    [Fact]
    public void Should_speak_of_letters_when_an_address_differs()
    {
        var said = TypoDescription.Describe("thehotIine.org", "thehotline.org", "letter");

        Assert.Equal("one letter different", said);
    }
}
