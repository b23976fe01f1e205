using TraumaBondCms.Core.Content;
using static TraumaBondCms.Core.Tests.Content.FieldValidation;

namespace TraumaBondCms.Core.Tests.Content;

public class IndexedFieldValueTests
{
    private static IReadOnlyList<IndexedFieldValue> Rows(ContentTypeDefinition type, string inputJson) =>
        IndexedFieldValue.For(type, Valid(type, inputJson, applyDefaults: true).Fields);

    [Fact]
    public void Should_index_only_fields_marked_indexed_when_item_has_others()
    {
        var rows = Rows(RecipeContentTypes.Article, """{ "title": "T", "summary": "S", "body": "B", "contentWarning": "W", "keyTakeaways": ["K"] }""");

        Assert.Equal(["audience", "slug", "title"], rows.Select(r => r.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_give_one_row_per_item_when_field_is_an_array()
    {
        var rows = Rows(RecipeContentTypes.Article, """{ "title": "T", "body": "B", "topics": ["grief", "attachment"], "relatedResources": ["hotline"] }""");

        Assert.Equal(
            [new("topics", "grief", null, null), new("topics", "attachment", null, null)],
            rows.Where(r => r.Field == "topics"));
        Assert.Equal([new IndexedFieldValue("relatedResources", "hotline", null, null)], rows.Where(r => r.Field == "relatedResources"));
    }

    [Fact]
    public void Should_map_numbers_and_booleans_when_fields_hold_them()
    {
        var article = Rows(RecipeContentTypes.Article, """{ "title": "T", "body": "B", "readingMinutes": 7 }""");
        var resource = Rows(RecipeContentTypes.Resource, """{ "name": "Lifeline", "isCrisisLine": true }""");

        Assert.Equal(new IndexedFieldValue("readingMinutes", null, 7d, null), article.Single(r => r.Field == "readingMinutes"));
        Assert.Equal(new IndexedFieldValue("isCrisisLine", null, null, true), resource.Single(r => r.Field == "isCrisisLine"));
    }

    [Fact]
    public void Should_index_url_when_field_is_a_link()
    {
        var type = TypeWith(new ContentFieldDefinition { Name = "website", Kind = ContentFieldKind.Link, Indexed = true });

        var rows = Rows(type, """{ "title": "T", "website": { "url": "https://988lifeline.org", "text": "988" } }""");

        Assert.Equal([new IndexedFieldValue("website", "https://988lifeline.org", null, null)], rows);
    }

    [Fact]
    public void Should_give_no_row_when_indexed_field_has_no_value()
    {
        var rows = Rows(RecipeContentTypes.Resource, """{ "name": "Lifeline", "phone": null }""");

        Assert.DoesNotContain(rows, r => r.Field is "phone" or "region" or "topics");
        Assert.Contains(new IndexedFieldValue("isCrisisLine", null, null, false), rows);
    }
}
