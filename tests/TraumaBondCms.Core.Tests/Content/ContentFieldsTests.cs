using System.Text.Json;
using TraumaBondCms.Core.Content;
using static TraumaBondCms.Core.Tests.Content.FieldValidation;

namespace TraumaBondCms.Core.Tests.Content;

public class ContentFieldsTests
{
    private static readonly ContentFields Sample = ContentFields.Parse("""{ "title": "Why can't I leave?", "topics": ["grief", 3, "attachment"], "minutes": 7 }""");

    [Fact]
    public void Should_drop_nulls_when_parsing()
    {
        var fields = ContentFields.Parse("""{ "title": "T", "summary": null }""");

        Assert.Equal(["title"], fields.Keys);
    }

    [Fact]
    public void Should_drop_nulls_when_built_from_pairs()
    {
        var fields = ContentFields.From([KeyValuePair.Create("a", Json("null")), KeyValuePair.Create("b", Json("false")), KeyValuePair.Create("c", default(JsonElement))]);

        Assert.Equal(["b"], fields.Keys);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("null")]
    public void Should_throw_JsonException_when_parsing_a_non_object(string json)
    {
        Assert.Throws<JsonException>(() => ContentFields.Parse(json));
    }

    [Fact]
    public void Should_keep_keys_in_ordinal_order_when_values_arrive_in_any_order()
    {
        var fields = ContentFields.Parse("""{ "b": 1, "a": 2, "B": 3 }""");

        Assert.Equal(["B", "a", "b"], fields.Keys);
        Assert.Equal("""{"B":3,"a":2,"b":1}""", fields.ToCanonicalJson());
    }

    [Fact]
    public void Should_return_a_copy_with_the_value_when_With_sets_a_field()
    {
        var changed = Sample.With("summary", Json("\"Short.\""));

        Assert.Equal("Short.", changed.GetString("summary"));
        Assert.False(Sample.ContainsKey("summary"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Should_remove_the_field_when_With_is_given_null(bool jsonNull)
    {
        JsonElement? value = jsonNull ? Json("null") : null;

        var changed = Sample.With("title", value);

        Assert.False(changed.ContainsKey("title"));
        Assert.True(Sample.ContainsKey("title"));
    }

    [Fact]
    public void Should_return_string_when_field_holds_one()
    {
        var title = Sample.GetString("title");

        Assert.Equal("Why can't I leave?", title);
    }

    [Theory]
    [InlineData("minutes")]
    [InlineData("topics")]
    [InlineData("absent")]
    public void Should_return_null_when_field_is_absent_or_not_a_string(string name)
    {
        var value = Sample.GetString(name);

        Assert.Null(value);
    }

    [Fact]
    public void Should_return_only_string_items_when_array_mixes_kinds()
    {
        var topics = Sample.GetStrings("topics");

        Assert.Equal(["grief", "attachment"], topics);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("absent")]
    public void Should_return_no_strings_when_field_is_absent_or_not_an_array(string name)
    {
        var items = Sample.GetStrings(name);

        Assert.Empty(items);
    }
}
