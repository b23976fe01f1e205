using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Types.Builders;

// Parses the type references builders accept as text, failing fast on typos in code.
internal static class TypeReference
{
    public static TypeNode Parse(string text, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text, parameterName);
        try
        {
            return Parser.ParseType(text, ParserOptions.Trusted);
        }
        catch (GraphQLSyntaxException error)
        {
            throw new ArgumentException($"\"{text}\" is not a GraphQL type reference: {error.Description}", parameterName, error);
        }
    }

    public static ValueNode ParseConstLiteral(string text, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(text, parameterName);
        try
        {
            return Parser.ParseConstValue(text, ParserOptions.Trusted);
        }
        catch (GraphQLSyntaxException error)
        {
            throw new ArgumentException($"\"{text}\" is not a constant GraphQL value: {error.Description}", parameterName, error);
        }
    }
}
