using System.Runtime.CompilerServices;
using System.Text;
using TraumaBondCms.GraphQL.Errors;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Language;

/// <summary>
/// A recursive-descent parser for the GraphQL grammar of https://spec.graphql.org/October2021/ (§2 executable
/// documents and §3 type system definitions and extensions), split into partial files by spec section.
/// Each <c>Parse*</c> method is headed by the production it implements. Entry points are static and thread
/// safe; every call parses with its own private state and returns immutable nodes with locations.
/// </summary>
public sealed partial class Parser
{
    private readonly Source _source;
    private readonly ParserOptions _options;
    private readonly Lexer _lexer;
    private Token _token;
    private int _lastEnd;
    private int _tokenCount;
    private int _depth;

    private Parser(Source source, ParserOptions? options)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        _options = options ?? ParserOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxDocumentSizeBytes, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxTokens, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxDepth, 1, nameof(options));
        CheckDocumentSize();
        _lexer = new Lexer(source);
        _token = NextToken();
    }

    /// <summary>Parses a GraphQL document (executable definitions, type system definitions, or both).</summary>
    /// <exception cref="GraphQLSyntaxException">On invalid syntax or an exceeded <see cref="ParserOptions"/> limit.</exception>
    public static DocumentNode Parse(string text, ParserOptions? options = null) => Parse(new Source(text), options);

    /// <summary>Parses a GraphQL document from a named source.</summary>
    /// <exception cref="GraphQLSyntaxException">On invalid syntax or an exceeded <see cref="ParserOptions"/> limit.</exception>
    public static DocumentNode Parse(Source source, ParserOptions? options = null) => new Parser(source, options).ParseDocument();

    /// <summary>Parses one value literal, variables allowed, e.g. <c>{a: [1, $b]}</c>; nothing may follow it.</summary>
    /// <exception cref="GraphQLSyntaxException">On invalid syntax or an exceeded limit.</exception>
    public static ValueNode ParseValue(string text, ParserOptions? options = null) =>
        new Parser(new Source(text), options).ParseWhole(parser => parser.ParseValueLiteral(isConst: false));

    /// <summary>Parses one constant value literal (no variables), e.g. a default value.</summary>
    /// <exception cref="GraphQLSyntaxException">On invalid syntax, a variable, or an exceeded limit.</exception>
    public static ValueNode ParseConstValue(string text, ParserOptions? options = null) =>
        new Parser(new Source(text), options).ParseWhole(parser => parser.ParseValueLiteral(isConst: true));

    /// <summary>Parses one type reference, e.g. <c>[String!]!</c>; nothing may follow it.</summary>
    /// <exception cref="GraphQLSyntaxException">On invalid syntax or an exceeded limit.</exception>
    public static TypeNode ParseType(string text, ParserOptions? options = null) =>
        new Parser(new Source(text), options).ParseWhole(parser => parser.ParseTypeReference());

    private T ParseWhole<T>(Func<Parser, T> parse)
    {
        var result = parse(this);
        Expect(TokenKind.EndOfFile);
        return result;
    }

    private void CheckDocumentSize()
    {
        var body = _source.Body;
        var max = _options.MaxDocumentSizeBytes;

        // A UTF-16 code unit is 1 to 3 UTF-8 bytes, so the exact count is only needed near the limit.
        var tooLarge = body.Length > max || ((long)body.Length * 3 > max && Encoding.UTF8.GetByteCount(body) > max);
        if (tooLarge)
        {
            throw new GraphQLSyntaxException(_source, 0, $"Document exceeds the maximum size of {max} bytes.", ErrorCodes.DocumentTooLarge);
        }
    }

    private Token NextToken()
    {
        var token = _lexer.Advance();
        if (token.Kind != TokenKind.EndOfFile && ++_tokenCount > _options.MaxTokens)
        {
            throw new GraphQLSyntaxException(_source, token.Start, $"Document exceeds the maximum of {_options.MaxTokens} tokens.", ErrorCodes.TooManyTokens);
        }

        return token;
    }

    private void Advance()
    {
        _lastEnd = _token.End;
        _token = NextToken();
    }

    // Called before descending into a nested selection set, list/object value or list type, so a deep
    // document fails here rather than overflowing the stack (also when MaxDepth is set very high).
    private void EnterNesting()
    {
        if (++_depth > _options.MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new GraphQLSyntaxException(_source, _token.Start, $"Document exceeds the maximum nesting depth of {_options.MaxDepth}.", ErrorCodes.MaxDepthExceeded);
        }
    }

    private void ExitNesting() => _depth--;

    private Location LocationFrom(Token start) => new(start.Start, _lastEnd, start.Line, start.Column);

    private bool Peek(TokenKind kind) => _token.Kind == kind;

    private bool PeekKeyword(string keyword) => _token.Kind == TokenKind.Name && _token.Value == keyword;

    private Token Expect(TokenKind kind)
    {
        var token = _token;
        if (token.Kind != kind)
        {
            var expected = kind == TokenKind.EndOfFile ? "<EOF>" : kind is TokenKind.Name ? "Name" : $"\"{Token.Punctuator(kind)}\"";
            throw Error(token.Start, $"Expected {expected}, found {token.Describe()}.");
        }

        Advance();
        return token;
    }

    private bool Skip(TokenKind kind)
    {
        if (_token.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        if (!SkipKeyword(keyword))
        {
            throw Error(_token.Start, $"Expected \"{keyword}\", found {_token.Describe()}.");
        }
    }

    private bool SkipKeyword(string keyword)
    {
        if (!PeekKeyword(keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    // open Item+ close: at least one item.
    private List<T> Many<T>(TokenKind open, Func<T> parseItem, TokenKind close)
    {
        Expect(open);
        var items = new List<T>();
        do
        {
            items.Add(parseItem());
        }
        while (!Skip(close));
        return items;
    }

    // (open Item+ close)?: nothing when the opening token is absent.
    private IReadOnlyList<T> OptionalMany<T>(TokenKind open, Func<T> parseItem, TokenKind close) =>
        Peek(open) ? Many(open, parseItem, close) : [];

    // open Item* close: possibly empty.
    private List<T> Any<T>(TokenKind open, Func<T> parseItem, TokenKind close)
    {
        Expect(open);
        var items = new List<T>();
        while (!Skip(close))
        {
            items.Add(parseItem());
        }

        return items;
    }

    private GraphQLSyntaxException Unexpected(Token? token = null)
    {
        var at = token ?? _token;
        return Error(at.Start, $"Unexpected {at.Describe()}.");
    }

    private GraphQLSyntaxException Error(int position, string description) => new(_source, position, description);
}
