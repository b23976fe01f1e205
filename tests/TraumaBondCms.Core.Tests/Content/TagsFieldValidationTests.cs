using TraumaBondCms.Core.Content;
using static TraumaBondCms.Core.Tests.Content.FieldValidation;

namespace TraumaBondCms.Core.Tests.Content;

public class TagsFieldValidationTests
{
    private static readonly ContentFieldDefinition Topics = RecipeContentTypes.Field("Article", "topics");

    [Fact]
    public void Should_store_slugs_in_order_when_tags_are_valid()
    {
        var stored = Accept(Topics, """["coercive-control", "attachment"]""");

        Assert.Equal("""["coercive-control","attachment"]""", stored);
    }

    [Fact]
    public void Should_collapse_duplicates_when_a_tag_repeats()
    {
        var stored = Accept(Topics, """["attachment", "grief", "attachment"]""");

        Assert.Equal("""["attachment","grief"]""", stored);
    }

    [Theory]
    [InlineData("""["Coercive Control"]""", "topics[0]")]
    [InlineData("""["grief", "not_a_slug"]""", "topics[1]")]
    [InlineData("""["grief", 7]""", "topics[1]")]
    public void Should_name_item_when_tag_is_not_a_slug(string value, string path)
    {
        var error = Reject(Topics, value);

        Assert.Equal("topics", error.Field);
        Assert.Equal($"Field '{path}' must be a topic slug.", error.Message);
    }

    [Fact]
    public void Should_expect_an_array_when_tags_are_a_string()
    {
        var error = Reject(Topics, "\"grief\"");

        Assert.Equal("Field 'topics' expects a JSON array.", error.Message);
    }

    [Fact]
    public void Should_refuse_tags_when_more_than_maxItems()
    {
        var tags = string.Join(',', Enumerable.Range(1, 13).Select(i => $"\"topic-{i}\""));

        var error = Reject(Topics, $"[{tags}]");

        Assert.Equal("Field 'topics' holds at most 12 item(s); 13 were given.", error.Message);
    }
}
