using TraumaBondCms.Core.Content;
using static TraumaBondCms.Core.Tests.Content.FieldValidation;

namespace TraumaBondCms.Core.Tests.Content;

public class ContentFieldValidatorTests
{
    private static readonly ContentTypeDefinition Article = RecipeContentTypes.Article;

    [Fact]
    public void Should_name_unknown_field_when_input_has_a_field_the_type_lacks()
    {
        var errors = Errors(Article, """{ "title": "T", "body": "B", "colour": "red" }""");

        var error = Assert.Single(errors);
        Assert.Equal("colour", error.Field);
        Assert.Equal("Unknown field 'colour' for content type 'Article'.", error.Message);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"title\"")]
    [InlineData("null")]
    [InlineData("42")]
    public void Should_reject_input_when_it_is_not_an_object(string input)
    {
        var exception = Assert.Throws<ContentValidationException>(() => ContentFieldValidator.Validate(Article, Json(input), applyDefaults: true));

        var error = Assert.Single(exception.Errors);
        Assert.Equal("fields", error.Field);
    }

    [Fact]
    public void Should_treat_null_as_no_value_when_optional_field_is_null()
    {
        var content = Valid(Article, """{ "title": "T", "body": "B", "summary": null, "topics": null }""");

        Assert.False(content.Fields.ContainsKey("summary"));
        Assert.False(content.Fields.ContainsKey("topics"));
    }

    [Theory]
    [InlineData("""{ "body": "B" }""")]
    [InlineData("""{ "title": null, "body": "B" }""")]
    [InlineData("""{ "title": "   ", "body": "B" }""")]
    public void Should_name_required_field_when_it_is_absent_null_or_blank(string input)
    {
        var errors = Errors(Article, input);

        Assert.Contains(errors, e => e.Field == "title" && e.Message == "Field 'title' (Title) is required.");
    }

    [Fact]
    public void Should_name_required_field_when_its_list_is_empty()
    {
        var type = TypeWith(new ContentFieldDefinition { Name = "languages", DisplayName = "Languages", Kind = ContentFieldKind.List, Required = true });

        var error = Assert.Single(Errors(type, """{ "title": "T", "languages": [] }"""));

        Assert.Equal("languages", error.Field);
        Assert.Equal("Field 'languages' (Languages) is required.", error.Message);
    }

    [Fact]
    public void Should_apply_defaults_when_creating_an_item()
    {
        var resource = Valid(RecipeContentTypes.Resource, """{ "name": "The Hotline" }""", applyDefaults: true);
        var article = Valid(Article, """{ "title": "T", "body": "B" }""", applyDefaults: true);

        Assert.Equal("false", CanonicalJson.Serialize(resource.Fields["isCrisisLine"]));
        Assert.Equal("general", article.Fields.GetString("audience"));
    }

    [Fact]
    public void Should_not_apply_defaults_when_editing_an_item()
    {
        var content = Valid(Article, """{ "title": "T", "body": "B" }""", applyDefaults: false);

        Assert.False(content.Fields.ContainsKey("audience"));
    }

    [Fact]
    public void Should_keep_given_value_when_field_has_a_default()
    {
        var content = Valid(Article, """{ "title": "T", "body": "B", "audience": "survivors" }""", applyDefaults: true);

        Assert.Equal("survivors", content.Fields.GetString("audience"));
    }

    [Fact]
    public void Should_report_every_problem_when_several_fields_are_wrong()
    {
        var input = $$"""
            {
              "title": "T",
              "summary": "{{new string('s', 401)}}",
              "audience": "everyone",
              "topics": ["Not A Slug"],
              "readingMinutes": 0,
              "relatedResources": ["bad id"],
              "colour": "red"
            }
            """;

        var errors = Errors(Article, input);

        Assert.Equal(
            ["audience", "body", "colour", "readingMinutes", "relatedResources", "summary", "topics"],
            errors.Select(e => e.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_report_field_given_twice_when_input_repeats_a_name()
    {
        var error = Assert.Single(Errors(Article, """{ "title": "T", "body": "B", "title": "U" }"""));

        Assert.Equal("Field 'title' is given more than once.", error.Message);
    }

    [Fact]
    public void Should_list_picker_ids_and_tag_slugs_with_target_types_when_fields_refer_to_items()
    {
        var content = Valid(Article, """{ "title": "T", "body": "B", "topics": ["attachment", "grief"], "relatedResources": ["hotline", "lifeline"] }""");

        var references = content.References.Select(r => (r.Field, r.ContentItemId, r.TagSlug, string.Join(',', r.TargetTypes)));

        Assert.Equal(
            [
                ("topics", null, "attachment", "Topic"),
                ("topics", null, "grief", "Topic"),
                ("relatedResources", "hotline", null, "Resource"),
                ("relatedResources", "lifeline", null, "Resource"),
            ],
            references);
    }

    [Fact]
    public void Should_take_display_text_and_slug_from_the_type_fields()
    {
        var faq = Valid(RecipeContentTypes.Faq, """{ "question": " Is it love? ", "slug": "love-or-bond", "answer": "A." }""");
        var resource = Valid(RecipeContentTypes.Resource, """{ "name": "988 Lifeline", "summary": "Call or text." }""");

        Assert.Equal(("Is it love?", "love-or-bond"), (faq.DisplayText, faq.Slug));
        Assert.Equal(("988 Lifeline", "988-lifeline"), (resource.DisplayText, resource.Slug));
    }

    [Fact]
    public void Should_have_no_slug_when_type_has_no_slug_field()
    {
        var content = Valid(TypeWith(), """{ "title": "Untitled note" }""");

        Assert.Null(content.Slug);
        Assert.Equal("Untitled note", content.DisplayText);
    }

    [Fact]
    public void Should_accept_every_sample_item_and_resolve_its_references_when_validating_the_recipe_content()
    {
        var items = RecipeContentTypes.SampleItems;

        var validated = items.Select(i => (Item: i, Content: ContentFieldValidator.Validate(RecipeContentTypes.Get(i.ContentType), i.Fields, applyDefaults: true))).ToList();

        var typeOfId = items.ToDictionary(i => i.ContentItemId, i => i.ContentType);
        var topicSlugs = validated.Where(v => v.Item.ContentType == "Topic").Select(v => v.Content.Slug).ToHashSet();
        Assert.All(validated.SelectMany(v => v.Content.References), r =>
        {
            if (r.TagSlug is not null)
            {
                Assert.Contains(r.TagSlug, topicSlugs);
            }
            else
            {
                Assert.Contains(typeOfId[r.ContentItemId!], r.TargetTypes);
            }
        });
        Assert.Equal(validated.Count, validated.Select(v => (v.Item.ContentType, v.Content.Slug)).Distinct().Count());
    }

    [Theory]
    [InlineData("""{ "title": "\ud800", "body": "B" }""")]
    [InlineData("""{ "title": "T", "body": "B", "topics": ["\udc00"] }""")]
    [InlineData("""{ "title": "T", "body": "B", "\ud800": 1 }""")]
    public void Should_report_validation_error_when_text_has_an_unpaired_surrogate(string input)
    {
        // "\ud800" is valid JSON text but no valid Unicode string; it must be refused as bad input, not crash.
        var errors = Errors(Article, input);

        var error = Assert.Single(errors);
        Assert.Equal("fields", error.Field);
        Assert.Contains("unpaired surrogate", error.Message);
    }

    [Fact]
    public void Should_report_only_the_title_when_a_too_long_title_would_have_generated_the_slug()
    {
        var errors = Errors(RecipeContentTypes.Article, $$"""{ "title": "{{new string('t', 161)}}", "body": "B" }""");

        Assert.Equal(["title"], errors.Select(e => e.Field));
    }
}
