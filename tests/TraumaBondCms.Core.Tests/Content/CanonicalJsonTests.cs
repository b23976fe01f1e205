using TraumaBondCms.Core.Content;
using static TraumaBondCms.Core.Tests.Content.FieldValidation;

namespace TraumaBondCms.Core.Tests.Content;

public class CanonicalJsonTests
{
    [Fact]
    public void Should_sort_keys_by_ordinal_when_object_keys_arrive_in_any_order()
    {
        var first = Json("""{ "b": 1, "a": 2, "B": 3, "é": 4 }""");
        var second = Json("""{ "é": 4, "B": 3, "a": 2, "b": 1 }""");

        var canonicalFirst = CanonicalJson.Serialize(first);
        var canonicalSecond = CanonicalJson.Serialize(second);

        Assert.Equal("""{"B":3,"a":2,"b":1,"é":4}""", canonicalFirst);
        Assert.Equal(canonicalFirst, canonicalSecond);
    }

    [Fact]
    public void Should_sort_nested_objects_and_keep_array_order_when_values_nest()
    {
        var value = Json("""{ "z": { "y": 1, "x": [ { "b": true, "a": null }, 3, 2 ] }, "m": [] }""");

        var canonical = CanonicalJson.Serialize(value);

        Assert.Equal("""{"m":[],"z":{"x":[{"a":null,"b":true},3,2],"y":1}}""", canonical);
    }

    [Fact]
    public void Should_sort_pairs_when_serializing_name_value_pairs()
    {
        var pairs = new[] { KeyValuePair.Create("title", Json("\"T\"")), KeyValuePair.Create("body", Json("\"B\"")) };

        var canonical = CanonicalJson.Serialize(pairs);

        Assert.Equal("""{"body":"B","title":"T"}""", canonical);
    }

    [Theory]
    [InlineData("1", "1")]
    [InlineData("1.0", "1")]
    [InlineData("1.00", "1")]
    [InlineData("1.5", "1.5")]
    [InlineData("1.50", "1.5")]
    [InlineData("-2.250", "-2.25")]
    [InlineData("0.10", "0.1")]
    [InlineData("1e2", "100")]
    [InlineData("1.5E1", "15")]
    [InlineData("120", "120")]
    public void Should_print_shortest_form_when_number_has_trailing_zeros_or_exponent(string json, string expected)
    {
        var canonical = CanonicalJson.Serialize(Json(json));

        Assert.Equal(expected, canonical);
    }

    [Fact]
    public void Should_print_round_trip_double_when_number_is_beyond_decimal_range()
    {
        var canonical = CanonicalJson.Serialize(Json("1.0e300"));

        Assert.Equal("1E+300", canonical);
    }

    [Fact]
    public void Should_keep_non_ascii_text_literal_when_string_has_unicode()
    {
        var canonical = CanonicalJson.Serialize(Json("\"Café 💜 日本 — naïve\""));

        Assert.Equal("\"Café 💜 日本 — naïve\"", canonical);
    }

    [Fact]
    public void Should_escape_quotes_backslashes_and_control_characters_when_string_has_them()
    {
        var value = Json("""
            "say \"no\" \\ tab\t new\n cr\r ff\f bs\b bell\u0007 us\u001F nul\u0000"
            """);

        var canonical = CanonicalJson.Serialize(value);

        Assert.Equal("""
            "say \"no\" \\ tab\t new\n cr\r ff\f bs\b bell\u0007 us\u001f nul\u0000"
            """, canonical);
    }

    [Theory]
    [InlineData("\"\\u0378\"", "\"\u0378\"")]
    [InlineData("\"\\u1C89\"", "\"\u1C89\"")]
    [InlineData("\"\\u2028 \\u00a0 \\u007f \\ufeff\"", "\"\u2028 \u00a0 \u007f \ufeff\"")]
    [InlineData("\"\\ud83d\\udc9c\"", "\"💜\"")]
    public void Should_write_character_itself_when_it_is_not_a_control_character_whatever_the_runtime_unicode_tables_say(string json, string expected)
    {
        // U+0378 is unassigned and U+1C89 was assigned only in Unicode 16: an escaping policy based on the
        // runtime's Unicode tables would write them differently on other .NET versions and change the hash.
        var canonical = CanonicalJson.Serialize(Json(json));

        Assert.Equal(expected, canonical);
    }

    [Theory]
    [InlineData("\"caf\\u00e9\"", "\"café\"")]
    [InlineData("\"a\\/b\"", "\"a/b\"")]
    [InlineData("\"\\u0041\"", "\"A\"")]
    public void Should_write_one_spelling_when_input_escapes_characters_differently(string json, string expected)
    {
        var canonical = CanonicalJson.Serialize(Json(json));

        Assert.Equal(expected, canonical);
    }

    [Fact]
    public void Should_be_unchanged_when_canonical_json_is_serialized_again()
    {
        var canonical = CanonicalJson.Serialize(Json("""{ "n": [1.50, 2e3, -0.5], "s": "x\u0001\"y", "o": { "b": false, "a": "ü" } }"""));

        var again = CanonicalJson.Serialize(Json(canonical));

        Assert.Equal(canonical, again);
    }
}
