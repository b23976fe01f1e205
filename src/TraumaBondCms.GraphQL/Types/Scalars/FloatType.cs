using System.Globalization;
using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Types.Scalars;

/// <summary>
/// The built-in <c>Float</c> scalar (https://spec.graphql.org/October2021/#sec-Float): finite IEEE 754 doubles;
/// NaN and infinities are rejected both ways. Inputs accept any finite number and Int or Float literals.
/// Results also accept booleans and numeric strings. Produces <see cref="double"/>.
/// </summary>
public sealed class FloatType : ScalarType
{
    internal FloatType()
        : base("Float", "The `Float` scalar type represents signed double-precision finite values as specified by IEEE 754.")
    {
        IsBuiltIn = true;
    }

    /// <inheritdoc/>
    public override object? Serialize(object? value) => value switch
    {
        null => null,
        bool flag => flag ? 1.0 : 0.0,
        string text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed) => parsed,
        _ => ToFiniteDouble(value),
    };

    /// <inheritdoc/>
    public override object? ParseValue(object? value) => value is null or bool or string
        ? throw NonNumeric(ValueCoercion.Describe(value))
        : ToFiniteDouble(value);

    /// <inheritdoc/>
    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        var text = literal switch
        {
            IntValueNode integer => integer.Value,
            FloatValueNode number => number.Value,
            _ => throw NonNumeric(Printer.Print(literal)),
        };
        var parsed = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsFinite(parsed) ? parsed : throw NonNumeric(text);
    }

    private static double ToFiniteDouble(object value) =>
        NumericValues.IsNumber(value) && NumericValues.ToDouble(value) is var number && double.IsFinite(number)
            ? number
            : throw NonNumeric(ValueCoercion.Describe(value));

    private static ValueCoercionException NonNumeric(string described) => new($"Float cannot represent non numeric value: {described}.");
}
