using System.Globalization;
using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Types.Scalars;

/// <summary>
/// The built-in <c>String</c> scalar (https://spec.graphql.org/October2021/#sec-String). Inputs accept only
/// strings and string literals. Results also accept characters, booleans, finite numbers (invariant culture),
/// GUIDs, URIs and CLR enum members, as the spec allows for lossless conversions. Produces <see cref="string"/>.
/// </summary>
public sealed class StringType : ScalarType
{
    internal StringType()
        : base("String", "The `String` scalar type represents textual data, represented as UTF-8 character sequences.")
    {
        IsBuiltIn = true;
    }

    /// <inheritdoc/>
    public override object? Serialize(object? value) => value switch
    {
        null => null,
        string text => text,
        char character => character.ToString(),
        bool flag => flag ? "true" : "false",
        Guid guid => guid.ToString("D"),
        Uri uri => uri.ToString(),
        Enum member => member.ToString(),
        float or double when !double.IsFinite(NumericValues.ToDouble(value)) => throw Unrepresentable(value),
        IFormattable number when NumericValues.IsNumber(value) => number.ToString(null, CultureInfo.InvariantCulture),
        _ => throw Unrepresentable(value),
    };

    /// <inheritdoc/>
    public override object? ParseValue(object? value) =>
        value as string ?? throw new ValueCoercionException($"String cannot represent a non string value: {ValueCoercion.Describe(value)}.");

    /// <inheritdoc/>
    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal is StringValueNode text
            ? text.Value
            : throw new ValueCoercionException($"String cannot represent a non string value: {Printer.Print(literal)}.");
    }

    private static ValueCoercionException Unrepresentable(object value) => new($"String cannot represent value: {ValueCoercion.Describe(value)}.");
}
