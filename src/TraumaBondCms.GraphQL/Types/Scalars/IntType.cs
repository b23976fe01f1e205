using System.Globalization;
using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Types.Scalars;

/// <summary>
/// The built-in <c>Int</c> scalar (https://spec.graphql.org/October2021/#sec-Int): signed 32-bit integers.
/// Results accept any integral CLR number in range, booleans (1/0) and numeric strings; inputs accept only
/// integral numbers in range (a JSON <c>1.0</c> counts) and integer literals. Produces <see cref="int"/>.
/// </summary>
public sealed class IntType : ScalarType
{
    internal IntType()
        : base("Int", "The `Int` scalar type represents non-fractional signed whole numeric values between -2^31 and 2^31 - 1.")
    {
        IsBuiltIn = true;
    }

    /// <inheritdoc/>
    public override object? Serialize(object? value) => value switch
    {
        null => null,
        int number => number,
        bool flag => flag ? 1 : 0,
        string text when int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => ToInt32(value),
    };

    /// <inheritdoc/>
    public override object? ParseValue(object? value) => value is null or bool or string
        ? throw NonInteger(ValueCoercion.Describe(value))
        : ToInt32(value);

    /// <inheritdoc/>
    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        if (literal is not IntValueNode integer)
        {
            throw NonInteger(Printer.Print(literal));
        }

        return int.TryParse(integer.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : throw new ValueCoercionException($"Int cannot represent non 32-bit signed integer value: {integer.Value}.");
    }

    private static int ToInt32(object value)
    {
        if (NumericValues.TryToInt64(value, out var integral) && integral is >= int.MinValue and <= int.MaxValue)
        {
            return (int)integral;
        }

        if (NumericValues.IsIntegral(value))
        {
            throw new ValueCoercionException($"Int cannot represent non 32-bit signed integer value: {ValueCoercion.Describe(value)}.");
        }

        throw NonInteger(ValueCoercion.Describe(value));
    }

    private static ValueCoercionException NonInteger(string described) => new($"Int cannot represent non-integer value: {described}.");
}
