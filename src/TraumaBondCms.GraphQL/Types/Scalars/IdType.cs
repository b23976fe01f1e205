using System.Globalization;
using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Types.Scalars;

/// <summary>
/// The built-in <c>ID</c> scalar (https://spec.graphql.org/October2021/#sec-ID): serialized as a string.
/// Inputs accept strings and integers (string or int literals, string or integral values); results accept
/// strings, integral numbers and GUIDs. Produces <see cref="string"/>.
/// </summary>
public sealed class IdType : ScalarType
{
    internal IdType()
        : base("ID", "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. It is serialized as a string; string and integer inputs are accepted.")
    {
        IsBuiltIn = true;
    }

    /// <inheritdoc/>
    public override object? Serialize(object? value) => value switch
    {
        null => null,
        string text => text,
        Guid guid => guid.ToString("D"),
        _ => IntegralText(value) ?? throw Unrepresentable(ValueCoercion.Describe(value)),
    };

    /// <inheritdoc/>
    public override object? ParseValue(object? value) => value switch
    {
        string text => text,
        bool or null => throw Unrepresentable(ValueCoercion.Describe(value)),
        _ => IntegralText(value) ?? throw Unrepresentable(ValueCoercion.Describe(value)),
    };

    /// <inheritdoc/>
    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal switch
        {
            StringValueNode text => text.Value,
            IntValueNode integer => integer.Value,
            _ => throw new ValueCoercionException($"ID cannot represent a non-string and non-integer value: {Printer.Print(literal)}."),
        };
    }

    private static string? IntegralText(object value) =>
        NumericValues.TryToInt64(value, out var integral) ? integral.ToString(CultureInfo.InvariantCulture) : null;

    private static ValueCoercionException Unrepresentable(string described) => new($"ID cannot represent value: {described}.");
}
