using TraumaBondCms.GraphQL.Language;

namespace TraumaBondCms.GraphQL.Tests.Language;

public class LexerTests
{
    [Theory]
    [InlineData("!", TokenKind.Bang)]
    [InlineData("$", TokenKind.Dollar)]
    [InlineData("&", TokenKind.Ampersand)]
    [InlineData("(", TokenKind.ParenLeft)]
    [InlineData(")", TokenKind.ParenRight)]
    [InlineData("...", TokenKind.Spread)]
    [InlineData(":", TokenKind.Colon)]
    [InlineData("=", TokenKind.Equals)]
    [InlineData("@", TokenKind.At)]
    [InlineData("[", TokenKind.BracketLeft)]
    [InlineData("]", TokenKind.BracketRight)]
    [InlineData("{", TokenKind.BraceLeft)]
    [InlineData("|", TokenKind.Pipe)]
    [InlineData("}", TokenKind.BraceRight)]
    public void Should_read_punctuator_when_source_is_that_punctuator(string text, TokenKind kind)
    {
        var token = SyntaxAssert.LexOne(text);

        Assert.Equal(kind, token.Kind);
        Assert.Equal((0, text.Length), (token.Start, token.End));
        Assert.Null(token.Value);
    }

    [Theory]
    [InlineData("name", TokenKind.Name)]
    [InlineData("_under_Score9", TokenKind.Name)]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("9876543210123", TokenKind.Int)]
    [InlineData("-42", TokenKind.Int)]
    [InlineData("1.5", TokenKind.Float)]
    [InlineData("0.0", TokenKind.Float)]
    [InlineData("-1.5e10", TokenKind.Float)]
    [InlineData("1E+3", TokenKind.Float)]
    [InlineData("2e-2", TokenKind.Float)]
    public void Should_keep_source_text_as_value_when_reading_names_and_numbers(string text, TokenKind kind)
    {
        var token = SyntaxAssert.LexOne(text);

        Assert.Equal(kind, token.Kind);
        Assert.Equal(text, token.Value);
    }

    [Fact]
    public void Should_skip_bom_white_space_commas_and_comments_when_between_tokens()
    {
        var tokens = SyntaxAssert.Lex("\uFEFF  a,\tb # comment, with {punctuators}\r\n,, c");

        Assert.Equal(["a", "b", "c"], tokens.Select(token => token.Value));
        Assert.Equal([new SourceLocation(1, 4), new SourceLocation(1, 7), new SourceLocation(2, 4)], tokens.Select(Location));
    }

    [Fact]
    public void Should_count_each_line_terminator_once_when_mixing_lf_crlf_and_cr()
    {
        var tokens = SyntaxAssert.Lex("a\nb\r\nc\rd\n\n  e");

        Assert.Equal(
            [new SourceLocation(1, 1), new SourceLocation(2, 1), new SourceLocation(3, 1), new SourceLocation(4, 1), new SourceLocation(6, 3)],
            tokens.Select(Location));
    }

    [Fact]
    public void Should_count_a_surrogate_pair_as_one_column_when_computing_token_columns()
    {
        var tokens = SyntaxAssert.Lex("\"\U0001F600\" x");

        Assert.Equal(new SourceLocation(1, 5), Location(tokens[1]));
        Assert.Equal(5, tokens[1].Start);
    }

    [Fact]
    public void Should_keep_returning_end_of_file_when_read_past_the_end()
    {
        var lexer = new Lexer(new Source("a"));

        lexer.Advance();
        var first = lexer.Advance();
        var second = lexer.Advance();

        Assert.Equal(TokenKind.EndOfFile, first.Kind);
        Assert.Equal(TokenKind.EndOfFile, second.Kind);
        Assert.Equal(1, second.Start);
    }

    [Theory]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("0x1", "Invalid number, expected digit but got: \"x\".", 2)]
    [InlineData("1.2e", "Invalid number, expected digit but got: <EOF>.", 5)]
    [InlineData("123abc", "Invalid number, expected digit but got: \"a\".", 4)]
    [InlineData("1.2.3", "Invalid number, expected digit but got: \".\".", 4)]
    [InlineData("1.e1", "Invalid number, expected digit but got: \"e\".", 3)]
    [InlineData("1e+", "Invalid number, expected digit but got: <EOF>.", 4)]
    [InlineData("1_000", "Invalid number, expected digit but got: \"_\".", 2)]
    [InlineData("00", "Invalid number, unexpected digit after 0: \"0\".", 2)]
    [InlineData("-01", "Invalid number, unexpected digit after 0: \"1\".", 3)]
    [InlineData("-", "Invalid number, expected digit but got: <EOF>.", 2)]
    [InlineData("-a", "Invalid number, expected digit but got: \"a\".", 2)]
    [InlineData(".5", "Unexpected character: \".\".", 1)]
    [InlineData("+1", "Unexpected character: \"+\".", 1)]
    public void Should_reject_number_when_it_breaks_the_grammar_or_lookahead_restriction(string text, string message, int column)
    {
        SyntaxAssert.Fails(() => SyntaxAssert.Lex(text), message, 1, column);
    }

    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\"\"", "")]
    [InlineData("\" white  space \"", " white  space ")]
    [InlineData("\"quote \\\" backslash \\\\ slash \\/\"", "quote \" backslash \\ slash /")]
    [InlineData("\"\\b\\f\\n\\r\\t\"", "\b\f\n\r\t")]
    [InlineData("\"\\u0041\\u00e9\\u00E9\"", "A\u00e9\u00e9")]
    [InlineData("\"\\u{1F600}\\u{41}\\u{0000041}\"", "\U0001F600AA")]
    [InlineData("\"\\u{0}\\u{10FFFF}\"", "\0\U0010FFFF")]
    [InlineData("\"\\uD83D\\uDE00\"", "\U0001F600")]
    [InlineData("\"\\uD800\\uDC00 \\uDBFF\\uDFFF\"", "\U00010000 \U0010FFFF")]
    [InlineData("\"unescaped \U0001F600 and \u00e9\"", "unescaped \U0001F600 and \u00e9")]
    [InlineData("\"tab\there\"", "tab\there")]
    [InlineData("\"bell\u0007 nul\u0000 unit\u001F\"", "bell\u0007 nul\u0000 unit\u001F")]
    public void Should_decode_string_when_it_uses_valid_escapes(string text, string expected)
    {
        var token = SyntaxAssert.LexOne(text);

        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(expected, token.Value);
    }

    [Theory]
    [InlineData("\"abc", "Unterminated string.", 5)]
    [InlineData("\"ab\ncd\"", "Unterminated string.", 4)]
    [InlineData("\"ab\\", "Unterminated string.", 5)]
    [InlineData("\"\\x\"", "Invalid character escape sequence: \"\\x\".", 2)]
    [InlineData("\"a\\'\"", "Invalid character escape sequence: \"\\'\".", 3)]
    [InlineData("\"\\u12\"", "Invalid Unicode escape sequence: \"\\u12\"\".", 2)]
    [InlineData("\"\\uzzzz\"", "Invalid Unicode escape sequence: \"\\uzzzz\".", 2)]
    [InlineData("\"\\uD83D\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 2)]
    [InlineData("\"\\uD83D\\u0041\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 2)]
    [InlineData("\"\\uDE00\\uD83D\"", "Invalid Unicode escape sequence: \"\\uDE00\".", 2)]
    [InlineData("\"\\uD83D\\u{DE00}\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 2)]
    [InlineData("\"\\u{D800}\"", "Invalid Unicode escape sequence: \"\\u{D800}\".", 2)]
    [InlineData("\"\\u{110000}\"", "Invalid Unicode escape sequence: \"\\u{110000}\".", 2)]
    [InlineData("\"\\u{}\"", "Invalid Unicode escape sequence: \"\\u{}\".", 2)]
    [InlineData("\"\\u{12\"", "Invalid Unicode escape sequence: \"\\u{12\"\".", 2)]
    public void Should_reject_string_when_it_is_unterminated_or_badly_escaped(string text, string message, int column)
    {
        SyntaxAssert.Fails(() => SyntaxAssert.Lex(text), message, 1, column);
    }

    [Fact]
    public void Should_reject_string_when_it_contains_an_unpaired_surrogate()
    {
        // Built at run time: attribute arguments cannot carry an unpaired surrogate.
        var text = "\"a" + '\uD83D' + "b\"";

        SyntaxAssert.Fails(() => SyntaxAssert.Lex(text), "Invalid character within String: U+D83D.", 1, 3);
    }

    [Fact]
    public void Should_dedent_block_string_when_lines_share_indentation()
    {
        var token = SyntaxAssert.LexOne("\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"");

        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal("Hello,\n  World!\n\nYours,\n  GraphQL.", token.Value);
    }

    [Theory]
    [InlineData("\"\"\"contains \\\"\"\" escaped\"\"\"", "contains \"\"\" escaped")]
    [InlineData("\"\"\"no \\n escapes \\u0041\"\"\"", "no \\n escapes \\u0041")]
    [InlineData("\"\"\"  first line keeps its indent\n  next\"\"\"", "  first line keeps its indent\nnext")]
    [InlineData("\"\"\"a\r\n  b\r  c\"\"\"", "a\nb\nc")]
    [InlineData("\"\"\"\"\"\"", "")]
    [InlineData("\"\"\"quote\" \"\" inside\"\"\"", "quote\" \"\" inside")]
    public void Should_read_block_string_when_it_has_escapes_and_line_terminators(string text, string expected)
    {
        var token = SyntaxAssert.LexOne(text);

        Assert.Equal(expected, token.Value);
    }

    [Fact]
    public void Should_track_lines_inside_block_string_when_locating_following_tokens()
    {
        var tokens = SyntaxAssert.Lex("  \"\"\"a\n b\r\n c\"\"\" next");

        Assert.Equal(new SourceLocation(1, 3), Location(tokens[0]));
        Assert.Equal(new SourceLocation(3, 7), Location(tokens[1]));
    }

    [Theory]
    [InlineData("\"\"\"open", "Unterminated string.", 1, 8)]
    public void Should_reject_block_string_when_unterminated(string text, string message, int line, int column)
    {
        SyntaxAssert.Fails(() => SyntaxAssert.Lex(text), message, line, column);
    }

    [Fact]
    public void Should_keep_control_characters_when_block_string_holds_them()
    {
        // October 2021 §2.1.1: SourceCharacter is any Unicode scalar value, control characters included.
        var token = SyntaxAssert.LexOne("\"\"\"a\nb\u0001\"\"\"");

        Assert.Equal("a\nb\u0001", token.Value);
    }

    [Theory]
    [InlineData("?", "Unexpected character: \"?\".", 1)]
    [InlineData("a ..", "Unexpected character: \".\".", 3)]
    [InlineData("\u0007", "Unexpected character: U+0007.", 1)]
    [InlineData("\u00e9", "Unexpected character: U+00E9.", 1)]
    [InlineData("a \U0001F600", "Unexpected character: U+1F600.", 3)]
    [InlineData("'single'", "Unexpected character: \"'\".", 1)]
    public void Should_reject_character_when_no_token_starts_with_it(string text, string message, int column)
    {
        SyntaxAssert.Fails(() => SyntaxAssert.Lex(text), message, 1, column);
    }

    private static SourceLocation Location(Token token) => new(token.Line, token.Column);
}
