using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Core.Tests.Content;

public class ContentDefinitionValidatorTests
{
    private static readonly ContentFieldDefinition Title = new() { Name = "title", Kind = ContentFieldKind.Text };
    private static readonly ContentFieldDefinition Slug = new() { Name = "slug", Kind = ContentFieldKind.Slug, GenerateFrom = "title" };

    /// <summary>A valid type "Guide" with a title and a slug generated from it, plus <paramref name="fields"/>.</summary>
    private static ContentTypeDefinition Guide(params ContentFieldDefinition[] fields) => new()
    {
        Name = "Guide",
        DisplayTextField = "title",
        SlugField = "slug",
        Fields = [Title, Slug, .. fields],
    };

    /// <summary>The problems of <paramref name="types"/> checked together with the recipe's types.</summary>
    private static IReadOnlyList<string> Problems(params ContentTypeDefinition[] types) =>
        ContentDefinitionValidator.Validate([.. RecipeContentTypes.All, .. types]);

    /// <summary>A type named <paramref name="name"/> that publishes without review, addressed and titled by its slug, plus <paramref name="fields"/>.</summary>
    private static ContentTypeDefinition Unreviewed(string name, params ContentFieldDefinition[] fields) => new()
    {
        Name = name,
        DisplayTextField = "slug",
        SlugField = "slug",
        PublishWithoutReview = true,
        Fields = [new ContentFieldDefinition { Name = "slug", Kind = ContentFieldKind.Slug, Required = true }, .. fields],
    };

    private static IReadOnlyList<string> ProblemsOfField(ContentFieldDefinition field) => Problems(Guide(field));

    [Fact]
    public void Should_find_no_problem_when_types_are_the_recipe_types()
    {
        var problems = ContentDefinitionValidator.Validate(RecipeContentTypes.All);

        Assert.Empty(problems);
    }

    [Fact]
    public void Should_find_no_problem_when_hand_made_type_is_consistent()
    {
        var problems = Problems(Guide(new ContentFieldDefinition { Name = "topics", Kind = ContentFieldKind.Tags }));

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("guide")]
    [InlineData("My-Guide")]
    [InlineData("Guide_2")]
    [InlineData("")]
    public void Should_require_PascalCase_when_type_name_is_not_an_identifier(string name)
    {
        var problems = Problems(Guide() with { Name = name });

        Assert.Contains($"Content type name '{name}' must be a PascalCase identifier.", problems);
    }

    [Theory]
    [InlineData("Summary")]
    [InlineData("first_name")]
    [InlineData("2nd")]
    public void Should_require_camelCase_when_field_name_is_not_an_identifier(string name)
    {
        var problems = ProblemsOfField(new ContentFieldDefinition { Name = name, Kind = ContentFieldKind.Text });

        Assert.Contains($"Content type 'Guide': field name '{name}' must be a camelCase identifier.", problems);
    }

    [Fact]
    public void Should_report_duplicate_when_a_type_is_defined_twice()
    {
        var problems = Problems(Guide(), Guide());

        Assert.Contains("Content type 'Guide' is defined twice.", problems);
    }

    [Fact]
    public void Should_report_duplicate_when_a_field_is_defined_twice()
    {
        var problems = ProblemsOfField(Title with { Kind = ContentFieldKind.Markdown });

        Assert.Equal(["Content type 'Guide': field 'title' is defined twice."], problems);
    }

    [Theory]
    [InlineData("body")]
    [InlineData("missing")]
    public void Should_require_a_Text_or_Slug_field_when_displayTextField_names_another(string displayTextField)
    {
        var type = Guide(new ContentFieldDefinition { Name = "body", Kind = ContentFieldKind.Markdown }) with { DisplayTextField = displayTextField };

        var problems = Problems(type);

        Assert.Equal([$"Content type 'Guide': displayTextField '{displayTextField}' must name a Text or Slug field of the type."], problems);
    }

    [Fact]
    public void Should_refuse_to_publish_without_review_when_the_type_holds_free_text_readers_see()
    {
        var type = Guide(new ContentFieldDefinition { Name = "body", Kind = ContentFieldKind.Markdown }, new ContentFieldDefinition { Name = "phones", Kind = ContentFieldKind.List, ItemKind = ContentFieldKind.Phone })
            with
        { PublishWithoutReview = true };

        var problems = Problems(type);

        var problem = Assert.Single(problems);
        Assert.Contains("cannot publish without review", problem);
        Assert.Contains("'title', 'body', 'phones'", problem);
    }

    [Fact]
    public void Should_refuse_to_publish_without_review_when_the_type_holds_only_images_readers_see()
    {
        var type = Unreviewed("Gallery", new ContentFieldDefinition { Name = "pictures", Kind = ContentFieldKind.Media, Multiple = true });

        var problems = ContentDefinitionValidator.Validate([type]);

        var problem = Assert.Single(problems);
        Assert.Contains("cannot publish without review: readers see the images and alt text of 'pictures'", problem);
    }

    [Fact]
    public void Should_accept_publishing_without_review_when_the_type_has_no_free_text()
    {
        var type = Unreviewed(
            "ReadingList",
            new ContentFieldDefinition { Name = "position", Kind = ContentFieldKind.Number },
            new ContentFieldDefinition { Name = "audience", Kind = ContentFieldKind.Choice, Options = ["general", "professionals"] });

        Assert.Empty(ContentDefinitionValidator.Validate([type]));
    }

    [Fact]
    public void Should_require_a_Slug_field_when_slugField_names_another()
    {
        var type = new ContentTypeDefinition { Name = "Guide", DisplayTextField = "title", SlugField = "title", Fields = [Title] };

        var problems = Problems(type);

        Assert.Equal(["Content type 'Guide': slugField 'title' must name a Slug field of the type."], problems);
    }

    [Fact]
    public void Should_require_slugField_when_type_has_a_Slug_field()
    {
        var problems = Problems(Guide() with { SlugField = null });

        Assert.Equal(["Content type 'Guide': a Slug field needs slugField to name it."], problems);
    }

    [Fact]
    public void Should_allow_one_Slug_field_when_type_has_two()
    {
        var problems = ProblemsOfField(new ContentFieldDefinition { Name = "shortSlug", Kind = ContentFieldKind.Slug });

        Assert.Equal(["Content type 'Guide': a type has at most one Slug field."], problems);
    }

    [Fact]
    public void Should_report_no_fields_when_type_has_none()
    {
        var problems = Problems(new ContentTypeDefinition { Name = "Guide", DisplayTextField = "title", Fields = [] });

        Assert.Contains("Content type 'Guide' has no fields.", problems);
    }

    [Theory]
    [InlineData(ContentFieldKind.Choice)]
    [InlineData(ContentFieldKind.List)]
    public void Should_require_options_when_choices_have_none(ContentFieldKind kind)
    {
        var field = new ContentFieldDefinition { Name = "level", Kind = kind, ItemKind = ContentFieldKind.Choice, Options = [] };

        var problems = ProblemsOfField(field);

        Assert.Equal(["Content type 'Guide', field 'level': a Choice field needs at least one option."], problems);
    }

    [Fact]
    public void Should_refuse_options_when_field_is_not_a_Choice()
    {
        var problems = ProblemsOfField(new ContentFieldDefinition { Name = "level", Kind = ContentFieldKind.Text, Options = ["low", "high"] });

        Assert.Equal(["Content type 'Guide', field 'level': options apply to Choice fields only."], problems);
    }

    [Fact]
    public void Should_name_type_when_picker_allows_an_undefined_type()
    {
        var problems = ProblemsOfField(new ContentFieldDefinition { Name = "videos", Kind = ContentFieldKind.ContentPicker, AllowedTypes = ["Article", "Video"] });

        Assert.Equal(["Content type 'Guide', field 'videos': allowed type 'Video' is not defined."], problems);
    }

    [Fact]
    public void Should_name_taxonomy_when_tags_point_at_an_undefined_type()
    {
        var problems = ProblemsOfField(new ContentFieldDefinition { Name = "tags", Kind = ContentFieldKind.Tags, Taxonomy = "Keyword" });

        Assert.Equal(["Content type 'Guide', field 'tags': taxonomy type 'Keyword' is not defined."], problems);
    }

    [Fact]
    public void Should_default_taxonomy_to_Topic_when_tags_name_none()
    {
        var type = Guide(new ContentFieldDefinition { Name = "tags", Kind = ContentFieldKind.Tags });

        var problems = ContentDefinitionValidator.Validate([type]);

        Assert.Equal(["Content type 'Guide', field 'tags': taxonomy type 'Topic' is not defined."], problems);
    }

    [Fact]
    public void Should_require_a_slug_when_taxonomy_type_has_none()
    {
        var note = new ContentTypeDefinition { Name = "Note", DisplayTextField = "title", Fields = [Title] };

        var problems = Problems(note, Guide(new ContentFieldDefinition { Name = "tags", Kind = ContentFieldKind.Tags, Taxonomy = "Note" }));

        Assert.Equal(["Content type 'Guide', field 'tags': taxonomy type 'Note' has no slug field to tag with."], problems);
    }

    [Theory]
    [InlineData(ContentFieldKind.List)]
    [InlineData(ContentFieldKind.Tags)]
    [InlineData(ContentFieldKind.ContentPicker)]
    [InlineData(ContentFieldKind.Slug)]
    [InlineData(ContentFieldKind.Markdown)]
    public void Should_refuse_item_kind_when_list_holds_kinds_it_cannot(ContentFieldKind itemKind)
    {
        var problems = ProblemsOfField(new ContentFieldDefinition { Name = "items", Kind = ContentFieldKind.List, ItemKind = itemKind });

        Assert.Equal([$"Content type 'Guide', field 'items': a List holds Text, Date, Boolean, Number, Choice, Link or Phone items, not {itemKind}."], problems);
    }

    [Theory]
    [InlineData(ContentFieldKind.Text)]
    [InlineData(ContentFieldKind.Date)]
    [InlineData(ContentFieldKind.Boolean)]
    [InlineData(ContentFieldKind.Number)]
    [InlineData(ContentFieldKind.Link)]
    [InlineData(ContentFieldKind.Phone)]
    public void Should_accept_item_kind_when_list_holds_scalars(ContentFieldKind itemKind)
    {
        var problems = ProblemsOfField(new ContentFieldDefinition { Name = "items", Kind = ContentFieldKind.List, ItemKind = itemKind });

        Assert.Empty(problems);
    }

    [Fact]
    public void Should_accept_options_when_list_holds_choices()
    {
        var problems = ProblemsOfField(new ContentFieldDefinition { Name = "items", Kind = ContentFieldKind.List, ItemKind = ContentFieldKind.Choice, Options = ["a", "b"] });

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("body")]
    public void Should_require_a_Text_field_when_generateFrom_names_another(string generateFrom)
    {
        var type = Guide(new ContentFieldDefinition { Name = "body", Kind = ContentFieldKind.Markdown }) with
        {
            Fields = [Title, Slug with { GenerateFrom = generateFrom }, new ContentFieldDefinition { Name = "body", Kind = ContentFieldKind.Markdown }],
        };

        var problems = Problems(type);

        Assert.Equal([$"Content type 'Guide', field 'slug': generateFrom '{generateFrom}' must name a Text field of the type."], problems);
    }

    [Fact]
    public void Should_report_bounds_when_min_is_greater_than_max()
    {
        var problems = ProblemsOfField(new ContentFieldDefinition { Name = "minutes", Kind = ContentFieldKind.Number, Min = 10, Max = 1 });

        Assert.Equal(["Content type 'Guide', field 'minutes': min is greater than max."], problems);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(29)]
    public void Should_report_decimals_when_outside_what_a_decimal_can_hold(int decimals)
    {
        var problems = ProblemsOfField(new ContentFieldDefinition { Name = "minutes", Kind = ContentFieldKind.Number, Decimals = decimals });

        Assert.Equal(["Content type 'Guide', field 'minutes': decimals must be between 0 and 28."], problems);
    }

    [Theory]
    [InlineData("([a-z")]
    [InlineData("(?x)[0-9]+ # a comment would swallow the anchor")]
    public void Should_report_pattern_when_it_is_not_a_regular_expression_once_anchored(string pattern)
    {
        var problems = ProblemsOfField(new ContentFieldDefinition { Name = "code", Kind = ContentFieldKind.Text, Pattern = pattern });

        var problem = Assert.Single(problems);
        Assert.StartsWith("Content type 'Guide', field 'code': pattern is not a valid regular expression (", problem);
    }

    [Fact]
    public void Should_require_at_least_one_when_maxLength_or_maxItems_is_zero()
    {
        var problems = ProblemsOfField(new ContentFieldDefinition { Name = "items", Kind = ContentFieldKind.List, MaxLength = 0, MaxItems = 0 });

        Assert.Equal(
            ["Content type 'Guide', field 'items': maxLength must be at least 1.", "Content type 'Guide', field 'items': maxItems must be at least 1."],
            problems);
    }

    [Theory]
    [InlineData(ContentFieldKind.Choice, "\"General\"", "Field 'level' must be one of: general, survivors.")]
    [InlineData(ContentFieldKind.Number, "2.5", "Field 'level' must be a whole number.")]
    [InlineData(ContentFieldKind.Boolean, "\"no\"", "Field 'level' expects true or false.")]
    public void Should_report_default_value_when_it_breaks_the_field_rules(ContentFieldKind kind, string defaultJson, string reason)
    {
        // Defaults are copied into new items without validation, so a bad one would be stored (and signed) silently.
        var field = new ContentFieldDefinition
        {
            Name = "level",
            Kind = kind,
            Options = kind == ContentFieldKind.Choice ? ["general", "survivors"] : null,
            Decimals = kind == ContentFieldKind.Number ? 0 : null,
            DefaultValue = FieldValidation.Json(defaultJson),
        };

        var problems = ProblemsOfField(field);

        Assert.Equal([$"Content type 'Guide', field 'level': defaultValue is invalid ({reason})"], problems);
    }

    [Fact]
    public void Should_report_every_problem_together_when_a_definition_has_several()
    {
        var type = new ContentTypeDefinition
        {
            Name = "guide",
            DisplayTextField = "body",
            Fields =
            [
                new ContentFieldDefinition { Name = "Body", Kind = ContentFieldKind.Markdown },
                new ContentFieldDefinition { Name = "level", Kind = ContentFieldKind.Choice },
                new ContentFieldDefinition { Name = "related", Kind = ContentFieldKind.ContentPicker, AllowedTypes = ["Video"] },
            ],
        };

        var exception = Assert.Throws<ContentDefinitionException>(() => ContentDefinitionValidator.ThrowIfInvalid([type]));

        Assert.Equal(5, exception.Problems.Count);
        Assert.All(exception.Problems, p => Assert.Contains(p, exception.Message));
    }
}
