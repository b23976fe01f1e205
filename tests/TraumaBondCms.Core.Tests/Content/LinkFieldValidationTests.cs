using TraumaBondCms.Core.Content;
using static TraumaBondCms.Core.Tests.Content.FieldValidation;

namespace TraumaBondCms.Core.Tests.Content;

public class LinkFieldValidationTests
{
    private const string NeedsUrl = "Field 'website' needs a 'url' that is an absolute http, https, mailto or tel address.";

    private static readonly ContentFieldDefinition Website = RecipeContentTypes.Field("Resource", "website");

    [Theory]
    [InlineData("""{"text":"The Hotline","url":"https://www.thehotline.org"}""")]
    [InlineData("""{"url":"http://example.org/help?x=1#top"}""")]
    [InlineData("""{"url":"mailto:help@example.org"}""")]
    [InlineData("""{"url":"tel:+18007997233"}""")]
    public void Should_store_link_unchanged_when_url_is_allowed(string value)
    {
        var stored = Accept(Website, value);

        Assert.Equal(value, stored);
    }

    [Theory]
    [InlineData("""{"text":"Help"}""")]
    [InlineData("""{"url":""}""")]
    [InlineData("""{"url":"javascript:alert(1)"}""")]
    [InlineData("""{"url":"JavaScript:alert(1)"}""")]
    [InlineData("""{"url":"data:text/html,<script>alert(1)</script>"}""")]
    [InlineData("""{"url":"file:///etc/passwd"}""")]
    [InlineData("""{"url":"ftp://example.org"}""")]
    [InlineData("""{"url":"/relative/path"}""")]
    [InlineData("""{"url":"www.example.org"}""")]
    [InlineData("""{"url":"mailto:"}""")]
    public void Should_refuse_link_when_url_is_missing_or_not_an_allowed_scheme(string value)
    {
        var error = Reject(Website, value);

        Assert.Equal("website", error.Field);
        Assert.Equal(NeedsUrl, error.Message);
    }

    [Fact]
    public void Should_name_unknown_property_when_link_has_one()
    {
        var error = Reject(Website, """{"url":"https://example.org","target":"_blank"}""");

        Assert.Equal("Field 'website' has an unknown property 'target' (a link has 'url' and 'text').", error.Message);
    }

    [Fact]
    public void Should_require_string_when_link_property_is_not_a_string()
    {
        var error = Reject(Website, """{"url":42}""");

        Assert.Equal("Field 'website' property 'url' must be a string.", error.Message);
    }

    [Fact]
    public void Should_accept_text_when_it_has_200_characters()
    {
        var value = $$"""{"text":"{{new string('x', 200)}}","url":"https://example.org"}""";

        var stored = Accept(Website, value);

        Assert.Equal(value, stored);
    }

    [Fact]
    public void Should_refuse_text_when_longer_than_200_characters()
    {
        var error = Reject(Website, $$"""{"text":"{{new string('x', 201)}}","url":"https://example.org"}""");

        Assert.Equal("Field 'website' text is longer than 200 characters.", error.Message);
    }

    [Fact]
    public void Should_expect_an_object_when_link_is_a_bare_string()
    {
        var error = Reject(Website, "\"https://example.org\"");

        Assert.StartsWith("Field 'website' expects an object", error.Message);
    }
}
