using TraumaBondCms.GraphQL.Errors;
using TraumaBondCms.GraphQL.Language;

namespace TraumaBondCms.GraphQL.Tests.Language;

/// <summary>Asserts that parsing or lexing fails with an exact message, location and code.</summary>
internal static class SyntaxAssert
{
    public static GraphQLSyntaxException Fails(Action action, string description, int line, int column, string code = ErrorCodes.ParseFailed)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(action);
        Assert.Equal(description, error.Description);
        Assert.Equal("Syntax Error: " + description, error.Message);
        Assert.Equal(new SourceLocation(line, column), error.Location);
        Assert.Equal(code, error.Code);
        return error;
    }

    public static GraphQLSyntaxException ParseFails(string document, string description, int line, int column, string code = ErrorCodes.ParseFailed) =>
        Fails(() => Parser.Parse(document), description, line, column, code);

    public static List<Token> Lex(string text)
    {
        var lexer = new Lexer(new Source(text));
        var tokens = new List<Token>();
        for (var token = lexer.Advance(); token.Kind != TokenKind.EndOfFile; token = lexer.Advance())
        {
            tokens.Add(token);
        }

        return tokens;
    }

    public static Token LexOne(string text) => Assert.Single(Lex(text));
}
