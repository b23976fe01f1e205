using TraumaBondCms.Core.Content;
using static TraumaBondCms.Core.Tests.Content.FieldValidation;

namespace TraumaBondCms.Core.Tests.Content;

public class ContentPickerFieldValidationTests
{
    private static readonly ContentFieldDefinition Article = RecipeContentTypes.Field("Faq", "article");
    private static readonly ContentFieldDefinition RelatedResources = RecipeContentTypes.Field("Article", "relatedResources");

    [Fact]
    public void Should_store_one_id_when_picker_is_single()
    {
        var stored = Accept(Article, """["01jq8zkv3c9x4m7p2r5t6w8y0a"]""");

        Assert.Equal("""["01jq8zkv3c9x4m7p2r5t6w8y0a"]""", stored);
    }

    [Fact]
    public void Should_refuse_second_id_when_picker_is_single()
    {
        var error = Reject(Article, """["first-item", "second-item"]""");

        Assert.Equal("Field 'article' holds at most 1 item(s); 2 were given.", error.Message);
    }

    [Fact]
    public void Should_store_several_ids_without_duplicates_when_picker_is_multiple()
    {
        var stored = Accept(RelatedResources, """["hotline", "lifeline_988", "hotline", "Refuge-UK"]""");

        Assert.Equal("""["hotline","lifeline_988","Refuge-UK"]""", stored);
    }

    [Theory]
    [InlineData("""["not an id"]""", "relatedResources[0]")]
    [InlineData("""["ok", "a/b"]""", "relatedResources[1]")]
    [InlineData("""["ok", ""]""", "relatedResources[1]")]
    [InlineData("""[42]""", "relatedResources[0]")]
    public void Should_name_item_when_id_is_malformed(string value, string path)
    {
        var error = Reject(RelatedResources, value);

        Assert.Equal("relatedResources", error.Field);
        Assert.Equal($"Field '{path}' must be a content item id.", error.Message);
    }

    [Fact]
    public void Should_refuse_id_when_longer_than_64_characters()
    {
        var error = Reject(RelatedResources, $"[\"{new string('a', 65)}\"]");

        Assert.Equal("Field 'relatedResources[0]' must be a content item id.", error.Message);
    }
}
