using TraumaBondCms.GraphQL.Errors;

namespace TraumaBondCms.GraphQL.Language;

/// <summary>
/// Thrown by the lexer and parser for any document that is not valid GraphQL syntax (spec §2) or that
/// exceeds a <see cref="ParserOptions"/> limit. <see cref="Code"/> tells them apart
/// (<see cref="ErrorCodes.ParseFailed"/>, <see cref="ErrorCodes.DocumentTooLarge"/>,
/// <see cref="ErrorCodes.TooManyTokens"/>, <see cref="ErrorCodes.MaxDepthExceeded"/>).
/// </summary>
public sealed class GraphQLSyntaxException : Exception
{
    /// <summary>Creates the exception for a problem at <paramref name="position"/> in <paramref name="source"/>.</summary>
    /// <param name="source">The text being parsed.</param>
    /// <param name="position">UTF-16 offset of the problem.</param>
    /// <param name="description">What is wrong, without the "Syntax Error: " prefix.</param>
    /// <param name="code">The stable <c>extensions.code</c>; defaults to <see cref="ErrorCodes.ParseFailed"/>.</param>
    public GraphQLSyntaxException(Source source, int position, string description, string code = ErrorCodes.ParseFailed)
        : base("Syntax Error: " + description)
    {
        ArgumentNullException.ThrowIfNull(source);
        GraphQLSource = source;
        Position = position;
        Description = description;
        Code = code;
        Location = source.GetLocation(position);
    }

    /// <summary>The text that failed to parse.</summary>
    public Source GraphQLSource { get; }

    /// <summary>UTF-16 offset of the problem in <see cref="GraphQLSource"/>.</summary>
    public int Position { get; }

    /// <summary>Line and column of the problem.</summary>
    public SourceLocation Location { get; }

    /// <summary>What is wrong, without the "Syntax Error: " prefix of <see cref="Exception.Message"/>.</summary>
    public string Description { get; }

    /// <summary>The stable error code reported as <c>extensions.code</c>.</summary>
    public string Code { get; }

    /// <summary>The error as it goes into a response: message, the one location, and <c>extensions.code</c>.</summary>
    public GraphQLError ToGraphQLError() => GraphQLError.WithCode(Message, Code, [Location]);
}
