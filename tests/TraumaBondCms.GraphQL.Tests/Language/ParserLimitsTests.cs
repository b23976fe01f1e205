using System.Text;
using TraumaBondCms.GraphQL.Errors;
using TraumaBondCms.GraphQL.Language;

namespace TraumaBondCms.GraphQL.Tests.Language;

public class ParserLimitsTests
{
    private static readonly ParserOptions Unlimited = new()
    {
        MaxDocumentSizeBytes = int.MaxValue,
        MaxTokens = int.MaxValue,
        MaxDepth = int.MaxValue,
    };

    [Fact]
    public void Should_use_documented_defaults_when_no_options_are_given()
    {
        var options = ParserOptions.Default;

        Assert.Equal((1_048_576, 15_000, 64), (options.MaxDocumentSizeBytes, options.MaxTokens, options.MaxDepth));
    }

    [Fact]
    public void Should_fail_with_document_too_large_when_utf8_size_exceeds_limit()
    {
        var document = "{a(s:\"\u00e9\u00e9\u00e9\u00e9\")}";
        var options = new ParserOptions { MaxDocumentSizeBytes = 16 };

        SyntaxAssert.Fails(() => Parser.Parse(document, options), "Document exceeds the maximum size of 16 bytes.", 1, 1, ErrorCodes.DocumentTooLarge);
        Assert.Equal(13, document.Length);
    }

    [Fact]
    public void Should_accept_document_when_size_equals_limit()
    {
        var options = new ParserOptions { MaxDocumentSizeBytes = 5 };

        var document = Parser.Parse("{ a }", options);

        Assert.Single(document.Definitions);
    }

    [Fact]
    public void Should_fail_with_too_many_tokens_at_the_first_token_past_the_limit()
    {
        var options = new ParserOptions { MaxTokens = 5 };

        Parser.Parse("{ a, b, # c d e f\n c }", options);
        SyntaxAssert.Fails(() => Parser.Parse("{ a b c d }", options), "Document exceeds the maximum of 5 tokens.", 1, 11, ErrorCodes.TooManyTokens);
    }

    [Theory]
    [InlineData("{ a { b { c { d } } } }", 1, 13)]
    [InlineData("{ a(x: [[[1]]]) }", 1, 10)]
    [InlineData("{ a(x: {b: [{c: 1}]}) }", 1, 13)]
    [InlineData("query ($v: [[[[Int]]]]) { a }", 1, 15)]
    public void Should_fail_with_max_depth_exceeded_when_nesting_passes_limit(string document, int line, int column)
    {
        var options = new ParserOptions { MaxDepth = 3 };

        SyntaxAssert.Fails(() => Parser.Parse(document, options), "Document exceeds the maximum nesting depth of 3.", line, column, ErrorCodes.MaxDepthExceeded);
    }

    [Fact]
    public void Should_accept_nesting_when_depth_equals_limit()
    {
        var options = new ParserOptions { MaxDepth = 3 };

        var document = Parser.Parse("{ a { b { c } } }", options);

        Assert.Single(document.Definitions);
    }

    [Theory]
    [InlineData("", "{a", "b", "}", "")]
    [InlineData("{a(x:", "[", "1", "]", ")}")]
    [InlineData("{a(x:", "{b:", "1", "}", ")}")]
    [InlineData("query($v:", "[", "Int", "]", "){a}")]
    public void Should_fail_without_crashing_when_nesting_is_100k_deep(string prefix, string open, string inner, string close, string suffix)
    {
        var document = prefix + Repeat(open, 100_000) + inner + Repeat(close, 100_000) + suffix;

        var withDefaults = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(document));
        var withoutLimits = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(document, Unlimited));

        Assert.Equal(ErrorCodes.MaxDepthExceeded, withDefaults.Code);
        Assert.Equal(ErrorCodes.MaxDepthExceeded, withoutLimits.Code);
    }

    [Fact]
    public void Should_reject_options_when_a_limit_is_not_positive()
    {
        var options = new ParserOptions { MaxTokens = 0 };

        Assert.Throws<ArgumentOutOfRangeException>(() => Parser.Parse("{ a }", options));
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
