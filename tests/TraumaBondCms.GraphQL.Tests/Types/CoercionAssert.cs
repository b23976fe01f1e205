using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Tests.Types;

/// <summary>Shared assertions for scalar and value coercion tests.</summary>
internal static class CoercionAssert
{
    public static void Fails(Func<object?> coerce, string message)
    {
        var error = Assert.Throws<ValueCoercionException>(() => coerce());
        Assert.Equal(message, error.Message);
    }

    public static ValueNode Literal(string text) => Parser.ParseValue(text);
}
