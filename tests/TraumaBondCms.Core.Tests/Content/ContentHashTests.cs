using System.Security.Cryptography;
using System.Text;
using TraumaBondCms.Core.Content;
using static TraumaBondCms.Core.Tests.Content.FieldValidation;

namespace TraumaBondCms.Core.Tests.Content;

public class ContentHashTests
{
    private static string Hash(string type, string fieldsJson) => ContentHash.Compute(type, ContentFields.Parse(fieldsJson));

    [Fact]
    public void Should_match_independent_sha256_when_input_is_known()
    {
        var fields = ContentFields.Parse("""{ "slug": "why-cant-i-leave", "question": "Why can't I leave?", "answer": "Leaving is a process, not one moment." }""");
        const string ExpectedPayload = "Faq\n{\"answer\":\"Leaving is a process, not one moment.\",\"question\":\"Why can't I leave?\",\"slug\":\"why-cant-i-leave\"}";
        var expected = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ExpectedPayload)));

        var hash = ContentHash.Compute("Faq", fields);

        Assert.Equal(expected, hash);
    }

    [Fact]
    public void Should_be_sha256_prefix_and_64_lowercase_hex_when_computed()
    {
        var hash = Hash("Article", """{ "title": "ÄÖÜ" }""");

        Assert.Matches("^sha256:[0-9a-f]{64}$", hash);
    }

    [Fact]
    public void Should_not_change_when_fields_arrive_in_another_order()
    {
        var first = Hash("Article", """{ "title": "T", "body": "B", "audience": "general" }""");

        var second = Hash("Article", """{ "audience": "general", "body": "B", "title": "T" }""");

        Assert.Equal(first, second);
    }

    [Fact]
    public void Should_not_change_when_nested_keys_arrive_in_another_order()
    {
        var first = Hash("Resource", """{ "website": { "url": "https://www.thehotline.org", "text": "The Hotline" } }""");

        var second = Hash("Resource", """{ "website": { "text": "The Hotline", "url": "https://www.thehotline.org" } }""");

        Assert.Equal(first, second);
    }

    [Fact]
    public void Should_be_equal_when_numbers_differ_only_in_trailing_zeros()
    {
        var one = Hash("Article", """{ "readingMinutes": 1 }""");
        var oneZero = Hash("Article", """{ "readingMinutes": 1.0 }""");
        var oneZeroZero = Hash("Article", """{ "readingMinutes": 1.00 }""");

        var oneAndHalf = Hash("Article", """{ "readingMinutes": 1.5 }""");

        Assert.Equal(one, oneZero);
        Assert.Equal(one, oneZeroZero);
        Assert.NotEqual(one, oneAndHalf);
    }

    [Fact]
    public void Should_differ_when_content_type_differs_with_same_fields()
    {
        const string Fields = """{ "title": "Same", "slug": "same" }""";

        var topic = Hash("Topic", Fields);
        var article = Hash("Article", Fields);

        Assert.NotEqual(topic, article);
    }

    [Theory]
    [InlineData("""{ "title": "Why can't I leave?" }""", """{ "title": "Why can't I leave" }""")]
    [InlineData("""{ "title": "a" }""", """{ "title": "A" }""")]
    [InlineData("""{ "topics": ["a", "b"] }""", """{ "topics": ["b", "a"] }""")]
    [InlineData("""{ "isCrisisLine": true }""", """{ "isCrisisLine": "true" }""")]
    [InlineData("""{ "summary": "line\nbreak" }""", """{ "summary": "line break" }""")]
    public void Should_change_when_a_reader_could_see_a_difference(string before, string after)
    {
        var first = Hash("Article", before);

        var second = Hash("Article", after);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Should_be_equal_when_a_field_is_null_or_absent()
    {
        var withNull = Hash("Article", """{ "title": "T", "summary": null }""");

        var absent = Hash("Article", """{ "title": "T" }""");

        Assert.Equal(absent, withNull);
    }

    [Fact]
    public void Should_be_stable_when_strings_hold_unicode_quotes_and_control_characters()
    {
        const string Fields = """{ "title": "“Quoted” \"text\" — naïve 💜", "body": "tab\there\u0001" }""";

        var first = Hash("Article", Fields);
        var second = Hash("Article", Fields);
        var expected = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            "Article\n{\"body\":\"tab\\there\\u0001\",\"title\":\"“Quoted” \\\"text\\\" — naïve 💜\"}")));

        Assert.Equal(first, second);
        Assert.Equal(expected, first);
    }

    [Fact]
    public void Should_be_equal_when_fields_are_read_back_from_their_stored_canonical_json()
    {
        // The store keeps ToCanonicalJson() and parses it back; the hash must survive the round trip.
        var content = Valid(RecipeContentTypes.Article, """{ "title": "Naïve “hope” 💜", "body": "a\r\nb\u0001", "readingMinutes": 7.0, "topics": ["grief"] }""");

        var reread = ContentFields.Parse(content.Fields.ToCanonicalJson());

        Assert.Equal(content.ContentHash, ContentHash.Compute("Article", reread));
        Assert.Equal(content.Fields.ToCanonicalJson(), reread.ToCanonicalJson());
    }

    [Fact]
    public void Should_equal_validated_content_hash_when_computed_from_its_fields()
    {
        var content = Valid(RecipeContentTypes.Faq, """{ "question": "Is it my fault?", "answer": "No." }""");

        var hash = ContentHash.Compute("Faq", content.Fields);

        Assert.Equal(hash, content.ContentHash);
    }
}
