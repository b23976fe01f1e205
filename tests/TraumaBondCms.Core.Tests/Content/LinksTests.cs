using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Core.Tests.Content;

public class LinksTests
{
    [Theory]
    [InlineData("https://www.thehotline.org")]
    [InlineData("http://example.org/path?q=1#x")]
    [InlineData("HTTPS://EXAMPLE.ORG")]
    [InlineData("mailto:help@example.org")]
    [InlineData("tel:+18007997233")]
    public void Should_allow_url_when_it_is_absolute_web_mail_or_phone(string url)
    {
        var allowed = Links.IsAllowedUrl(url);

        Assert.True(allowed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("javascript:alert(1)")]
    [InlineData("JAVASCRIPT:alert(1)")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org")]
    [InlineData("/articles/leaving")]
    [InlineData("articles/leaving")]
    [InlineData("//evil.example")]
    [InlineData("mailto:")]
    [InlineData("tel:")]
    [InlineData("http://")]
    public void Should_refuse_url_when_it_is_script_data_relative_or_empty(string? url)
    {
        var allowed = Links.IsAllowedUrl(url);

        Assert.False(allowed);
    }

    [Fact]
    public void Should_refuse_url_when_longer_than_2048_characters()
    {
        var url = "https://example.org/" + new string('a', 2029);

        var allowed = Links.IsAllowedUrl(url);

        Assert.Equal(2049, url.Length);
        Assert.False(allowed);
    }
}
