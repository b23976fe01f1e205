using System.Text.Json;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Core.Serialization;
using TraumaBondCms.Core.Tests.Content;

namespace TraumaBondCms.Core.Tests.Serialization;

public class CmsJsonTests
{
    [Fact]
    public void Should_write_enums_as_strings_and_omit_nulls_when_serializing()
    {
        var field = new ContentFieldDefinition { Name = "body", Kind = ContentFieldKind.Markdown, ItemKind = ContentFieldKind.Text };

        var json = JsonSerializer.Serialize(field, CmsJson.Options);

        Assert.Contains("\"kind\":\"Markdown\"", json);
        Assert.Contains("\"itemKind\":\"Text\"", json);
        Assert.DoesNotContain("hint", json);
        Assert.DoesNotContain("null", json);
    }

    [Fact]
    public void Should_refuse_integer_enum_when_deserializing()
    {
        const string Json = """{ "name": "body", "kind": 1 }""";

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ContentFieldDefinition>(Json, CmsJson.Options));
    }

    [Theory]
    [InlineData("""{ "name": "Guide", "displayTextField": "title", "fields": [], "colour": "red" }""", "colour")]
    [InlineData("""{ "name": "Guide", "displayTextField": "title", "fields": [ { "name": "title", "kind": "Text", "maxLen": 10 } ] }""", "maxLen")]
    public void Should_refuse_unknown_member_when_deserializing_a_content_type(string json, string member)
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ContentTypeDefinition>(json, CmsJson.Options));

        Assert.Contains(member, exception.Message);
    }

    [Fact]
    public void Should_read_back_the_same_definition_when_a_serialized_type_is_deserialized()
    {
        // The store keeps definitions as CmsJson text and reads them back on start.
        var article = RecipeContentTypes.Article;
        var json = JsonSerializer.Serialize(article, CmsJson.Options);

        var read = JsonSerializer.Deserialize<ContentTypeDefinition>(json, CmsJson.Options);

        Assert.Equal(json, JsonSerializer.Serialize(read, CmsJson.Options));
    }

    [Fact]
    public void Should_read_back_the_same_credential_when_serialized()
    {
        var credential = new ReviewerCredential { Title = "PsyD", LicenseNumber = "PSY 2231", ExpiresOn = new DateOnly(2026, 12, 31) };
        var json = JsonSerializer.Serialize(credential, CmsJson.Options);

        var read = JsonSerializer.Deserialize<ReviewerCredential>(json, CmsJson.Options);

        Assert.Equal("""{"title":"PsyD","licenseNumber":"PSY 2231","expiresOn":"2026-12-31"}""", json);
        Assert.Equal(credential, read);
    }
}
