using TraumaBondCms.Core.Content;
using static TraumaBondCms.Core.Tests.Content.FieldValidation;

namespace TraumaBondCms.Core.Tests.Content;

public class MarkdownFieldValidationTests
{
    private static readonly ContentFieldDefinition Body = new() { Name = "body", Kind = ContentFieldKind.Markdown, MaxLength = 12 };

    [Fact]
    public void Should_store_LF_line_endings_when_markdown_uses_CRLF_or_CR()
    {
        var stored = Accept(Body, "\"a\\r\\nb\\rc\\nd\"");

        Assert.Equal("\"a\\nb\\nc\\nd\"", stored);
    }

    [Fact]
    public void Should_keep_leading_and_trailing_space_when_markdown_is_indented()
    {
        var stored = Accept(Body, "\"    code\\n\"");

        Assert.Equal("\"    code\\n\"", stored);
    }

    [Fact]
    public void Should_count_CRLF_as_one_character_when_checking_maxLength()
    {
        // Browsers submit textarea line breaks as CRLF; what is stored (and counted by editors) is LF.
        var stored = Accept(Body, "\"abc\\r\\ndef\\r\\nghij\"");

        Assert.Equal("\"abc\\ndef\\nghij\"", stored);
    }

    [Fact]
    public void Should_reject_markdown_when_longer_than_maxLength()
    {
        var error = Reject(Body, "\"0123456789abc\"");

        Assert.Equal("Field 'body' is 13 characters long; the maximum is 12.", error.Message);
    }

    [Fact]
    public void Should_hash_alike_when_markdown_differs_only_in_line_endings()
    {
        var type = RecipeContentTypes.Faq;

        var crlf = Valid(type, """{ "question": "Why?", "answer": "One.\r\nTwo." }""");
        var lf = Valid(type, """{ "question": "Why?", "answer": "One.\nTwo." }""");

        Assert.Equal(lf.ContentHash, crlf.ContentHash);
    }
}
