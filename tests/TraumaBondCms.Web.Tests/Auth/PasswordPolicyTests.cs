using TraumaBondCms.Web.Auth;

namespace TraumaBondCms.Web.Tests.Auth;

/// <summary>Which passwords are refused, and that each refusal says why.</summary>
public sealed class PasswordPolicyTests
{
    [Theory]
    [InlineData("password12", "at least 12 characters")]
    [InlineData("1234567890", "at least 12 characters")]
    [InlineData("password1234", "most common")]
    [InlineData("P@ssw0rd2024!", "most common")]
    [InlineData("!!Welcome123456", "most common")]
    [InlineData("iloveyou1234", "most common")]
    [InlineData("123456789012", "run of keys")]
    [InlineData("qwertyuiopas", "run of keys")]
    [InlineData("zyxwvutsrqpo", "run of keys")]
    [InlineData("abcabcabcabc", "short pattern")]
    [InlineData("aaaaaaaaaaaaaaaa", "short pattern")]
    [InlineData("dr.rivera2024!", "user name")]
    [InlineData("Ana Rivera 1234", "user name")]
    [InlineData("TraumaBond2026!", "user name")]
    [InlineData("Library2026!!", "user name")]
    public void Should_refuse_and_say_why_when_the_password_is_weak(string password, string why)
    {
        var problems = PasswordPolicy.Problems(password, "dr.rivera", "Ana Rivera", "TraumaBond Library");

        Assert.Contains(problems, p => p.Contains(why, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("admin-test-password-1")]
    [InlineData("dr.rivera-reviews-on-fridays")]
    [InlineData("Kettle-orbit-Lantern-92")]
    public void Should_accept_when_the_password_is_long_and_uncommon(string password)
    {
        var problems = PasswordPolicy.Problems(password, "dr.rivera", "Ana Rivera", "TraumaBond Library");

        Assert.Empty(problems);
    }
}
