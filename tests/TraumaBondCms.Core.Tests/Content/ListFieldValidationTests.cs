using TraumaBondCms.Core.Content;
using static TraumaBondCms.Core.Tests.Content.FieldValidation;

namespace TraumaBondCms.Core.Tests.Content;

public class ListFieldValidationTests
{
    private static readonly ContentFieldDefinition KeyTakeaways = RecipeContentTypes.Field("Article", "keyTakeaways");
    private static readonly ContentFieldDefinition Scores = new() { Name = "scores", Kind = ContentFieldKind.List, ItemKind = ContentFieldKind.Number, Min = 0, Max = 10 };
    private static readonly ContentFieldDefinition Links = new() { Name = "links", Kind = ContentFieldKind.List, ItemKind = ContentFieldKind.Link };
    private static readonly ContentFieldDefinition Formats = new() { Name = "formats", Kind = ContentFieldKind.List, ItemKind = ContentFieldKind.Choice, Options = ["call", "text", "chat"] };

    [Fact]
    public void Should_store_trimmed_items_and_keep_duplicates_when_list_is_valid()
    {
        var stored = Accept(KeyTakeaways, """[" It is not your fault. ", "Help exists.", "Help exists."]""");

        Assert.Equal("""["It is not your fault.","Help exists.","Help exists."]""", stored);
    }

    [Fact]
    public void Should_name_item_when_it_is_longer_than_maxLength()
    {
        var error = Reject(KeyTakeaways, $"[\"short\", \"{new string('x', 301)}\"]");

        Assert.Equal("keyTakeaways", error.Field);
        Assert.Equal("Field 'keyTakeaways[1]' is 301 characters long; the maximum is 300.", error.Message);
    }

    [Fact]
    public void Should_refuse_list_when_more_than_maxItems()
    {
        var items = string.Join(',', Enumerable.Range(1, 9).Select(i => $"\"takeaway {i}\""));

        var error = Reject(KeyTakeaways, $"[{items}]");

        Assert.Equal("Field 'keyTakeaways' holds at most 8 item(s); 9 were given.", error.Message);
    }

    [Fact]
    public void Should_check_items_by_item_kind_when_list_holds_numbers()
    {
        var errors = Errors(TypeWith(Scores), """{ "title": "T", "scores": [1, "2", 11, 3.5] }""");

        Assert.Equal(
            ["Field 'scores[1]' expects a number.", "Field 'scores[2]' must be at most 10."],
            errors.Select(e => e.Message));
        Assert.All(errors, e => Assert.Equal("scores", e.Field));
    }

    [Fact]
    public void Should_check_options_when_list_holds_choices()
    {
        var error = Reject(Formats, """["call", "email"]""");

        Assert.Equal("Field 'formats[1]' must be one of: call, text, chat.", error.Message);
    }

    [Fact]
    public void Should_refuse_unsafe_link_when_list_holds_links()
    {
        var error = Reject(Links, """[{"url":"https://example.org"},{"url":"javascript:alert(1)"}]""");

        Assert.StartsWith("Field 'links[1]' needs a 'url'", error.Message);
    }

    [Fact]
    public void Should_reject_line_break_when_list_item_is_single_line_text()
    {
        var error = Reject(KeyTakeaways, """["one\ntwo"]""");

        Assert.Equal("Field 'keyTakeaways[0]' must be a single line.", error.Message);
    }

    [Fact]
    public void Should_expect_an_array_when_list_is_a_string()
    {
        var error = Reject(KeyTakeaways, "\"one\"");

        Assert.Equal("Field 'keyTakeaways' expects a JSON array.", error.Message);
    }
}
