using TraumaBondCms.Core.Content;
using static TraumaBondCms.Core.Tests.Content.FieldValidation;

namespace TraumaBondCms.Core.Tests.Content;

public class SlugFieldValidationTests
{
    private static readonly ContentFieldDefinition Slug = new() { Name = "slug", Kind = ContentFieldKind.Slug, GenerateFrom = "title" };

    [Theory]
    [InlineData("why-leaving-is-hard")]
    [InlineData("988-lifeline")]
    [InlineData("a")]
    public void Should_accept_slug_when_it_is_lower_case_words_joined_by_hyphens(string slug)
    {
        var stored = Accept(Slug, Str(slug));

        Assert.Equal(Str(slug), stored);
    }

    [Theory]
    [InlineData("Why-Leaving")]
    [InlineData("why--leaving")]
    [InlineData("-why")]
    [InlineData("why-")]
    [InlineData("why leaving")]
    [InlineData("why_leaving")]
    [InlineData("café")]
    public void Should_reject_slug_when_form_is_invalid(string slug)
    {
        var error = Reject(Slug, Str(slug));

        Assert.Equal("slug", error.Field);
        Assert.Contains("must be lower-case letters and digits in words joined by single hyphens", error.Message);
    }

    [Fact]
    public void Should_reject_slug_when_longer_than_120_characters()
    {
        var error = Reject(Slug, Str(new string('a', Slugs.MaxLength + 1)));

        Assert.Equal("slug", error.Field);
    }

    [Fact]
    public void Should_generate_slug_from_question_when_slug_is_absent()
    {
        var content = Valid(RecipeContentTypes.Faq, """{ "question": "Why can't I leave?", "answer": "It is not your fault." }""");

        Assert.Equal("why-cant-i-leave", content.Slug);
        Assert.Equal("why-cant-i-leave", content.Fields.GetString("slug"));
    }

    [Fact]
    public void Should_fold_diacritics_and_drop_apostrophes_when_generating_slug()
    {
        var content = Valid(RecipeContentTypes.Topic, """{ "title": "Réseau d’entraide: l'après" }""");

        Assert.Equal("reseau-dentraide-lapres", content.Slug);
    }

    [Fact]
    public void Should_keep_given_slug_when_slug_is_present()
    {
        var content = Valid(RecipeContentTypes.Faq, """{ "question": "Why can't I leave?", "slug": "leaving", "answer": "A." }""");

        Assert.Equal("leaving", content.Slug);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    [InlineData("null")]
    public void Should_generate_slug_when_given_slug_is_blank_or_null(string slug)
    {
        // An emptied slug input is "no slug", as for required fields; it must not be stored as "".
        var content = Valid(RecipeContentTypes.Faq, $$"""{ "question": "Is it love?", "slug": {{slug}}, "answer": "A." }""");

        Assert.Equal("is-it-love", content.Slug);
    }

    [Fact]
    public void Should_store_no_slug_when_blank_slug_cannot_be_generated()
    {
        var type = TypeWith(new ContentFieldDefinition { Name = "slug", Kind = ContentFieldKind.Slug });

        var content = Valid(type, """{ "title": "Note", "slug": "  " }""");

        Assert.Null(content.Slug);
        Assert.False(content.Fields.ContainsKey("slug"));
    }

    [Fact]
    public void Should_cut_generated_slug_at_word_boundary_when_title_is_too_long()
    {
        // 22 words make a 144-character title (the Article allows 160) and a 144-character slug.
        var words = string.Join(' ', Enumerable.Range(1, 22).Select(i => $"word{i}"));

        var content = Valid(RecipeContentTypes.Article, $$"""{ "title": "{{words}}", "body": "Text." }""");

        var full = string.Join('-', Enumerable.Range(1, 22).Select(i => $"word{i}"));
        Assert.NotNull(content.Slug);
        Assert.InRange(content.Slug.Length, 100, Slugs.MaxLength);
        Assert.StartsWith(content.Slug + "-", full);
    }

    [Theory]
    [InlineData("???")]
    [InlineData("日本語")]
    [InlineData("— ’ —")]
    public void Should_report_error_on_slug_field_when_title_has_nothing_usable(string question)
    {
        var errors = Errors(RecipeContentTypes.Faq, $$"""{ "question": "{{question}}", "answer": "A." }""");

        var error = Assert.Single(errors);
        Assert.Equal("slug", error.Field);
        Assert.Equal("Field 'slug' could not be generated from 'question'; give a slug.", error.Message);
    }

    [Fact]
    public void Should_regenerate_slug_when_editing_without_a_slug()
    {
        var content = Valid(RecipeContentTypes.Faq, """{ "question": "What is trauma bonding?", "answer": "A." }""", applyDefaults: false);

        Assert.Equal("what-is-trauma-bonding", content.Slug);
    }
}
