using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Types.Scalars;

/// <summary>
/// The built-in <c>Boolean</c> scalar (https://spec.graphql.org/October2021/#sec-Boolean). Inputs accept only
/// booleans and <c>true</c>/<c>false</c> literals; results also accept finite numbers (non-zero is true).
/// Produces <see cref="bool"/>.
/// </summary>
public sealed class BooleanType : ScalarType
{
    internal BooleanType()
        : base("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
    {
        IsBuiltIn = true;
    }

    /// <inheritdoc/>
    public override object? Serialize(object? value) => value switch
    {
        null => null,
        bool flag => flag,
        _ when NumericValues.IsNumber(value) && double.IsFinite(NumericValues.ToDouble(value)) => NumericValues.ToDouble(value) != 0,
        _ => throw NonBoolean(ValueCoercion.Describe(value)),
    };

    /// <inheritdoc/>
    public override object? ParseValue(object? value) => value is bool flag ? flag : throw NonBoolean(ValueCoercion.Describe(value));

    /// <inheritdoc/>
    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal is BooleanValueNode flag ? flag.Value : throw NonBoolean(Printer.Print(literal));
    }

    private static ValueCoercionException NonBoolean(string described) => new($"Boolean cannot represent a non boolean value: {described}.");
}
