using TraumaBondCms.Core.Security;

namespace TraumaBondCms.Core.Tests.Security;

/// <summary>Which characters a name may not hold: control characters and bidirectional controls, named by code point.</summary>
public sealed class UnsafeCharactersTests
{
    [Theory]
    [InlineData("a\u001bb", "U+001B")]
    [InlineData("\u0000", "U+0000")]
    [InlineData("x\u007f", "U+007F")]
    [InlineData("\u0085next line", "U+0085")]
    [InlineData("\u202Eevil", "U+202E")]
    [InlineData("\u2066isolate", "U+2066")]
    [InlineData("mark\u200F", "U+200F")]
    [InlineData("line\nbreak", "U+000A")]
    public void Should_name_the_first_unsafe_character_when_there_is_one(string text, string expected)
    {
        Assert.Equal(expected, UnsafeCharacters.FindIn(text));
    }

    [Theory]
    [InlineData("Dr. Ana Rivera")]
    [InlineData("José Núñez-O'Brien")]
    [InlineData("ד\"ר כהן")]
    [InlineData("李小龍 👩🏽‍⚕️")]
    public void Should_find_nothing_when_the_name_is_ordinary_text_in_any_script(string text)
    {
        Assert.Null(UnsafeCharacters.FindIn(text));
    }
}
