using System.Globalization;
using System.Text.RegularExpressions;
using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types.Scalars;

namespace TraumaBondCms.GraphQL.Types;

public static partial class ValueCoercion
{
    /// <summary>
    /// Converts an internal value of <paramref name="type"/> to a constant literal, using result coercion for
    /// leaf types: used to print default values in SDL and introspection (§4.2 <c>__InputValue.defaultValue</c>).
    /// Null becomes <c>null</c>; a non-list value for a list type prints as that single value; input objects
    /// print their present fields in definition order.
    /// </summary>
    /// <exception cref="ValueCoercionException">When the value cannot be represented in the type.</exception>
    public static ValueNode AstFromValue(object? value, GraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type is NonNullType nonNull)
        {
            var inner = AstFromValue(value, nonNull.OfType);
            return inner is NullValueNode ? throw new ValueCoercionException($"Cannot represent null for non-null type \"{type}\".") : inner;
        }

        if (value is null)
        {
            return new NullValueNode();
        }

        switch (type)
        {
            case ListType list when TryGetItems(value, out var items):
                return new ListValueNode { Values = items.Cast<object?>().Select(item => AstFromValue(item, list.OfType)).ToList() };
            case ListType list:
                return AstFromValue(value, list.OfType);
            case InputObjectType inputObject when TryGetEntries(value, out var entries):
                return new ObjectValueNode
                {
                    Fields = inputObject.Fields
                        .Where(field => entries.ContainsKey(field.Name))
                        .Select(field => new ObjectFieldNode { Name = new NameNode { Value = field.Name }, Value = AstFromValue(entries[field.Name], field.Type) })
                        .ToList(),
                };
            case InputObjectType inputObject:
                throw new ValueCoercionException($"Input object \"{inputObject.Name}\" cannot represent value: {Describe(value)}.");
            case EnumType enumType:
                return new EnumValueNode { Value = enumType.Serialize(value) };
            case ScalarType scalar:
                return PlainValueToLiteral(scalar.Serialize(value), isId: scalar is IdType);
            default:
                throw new ValueCoercionException($"Type \"{type}\" is not an input type.");
        }
    }

    // A serialized scalar value (JSON-like) as a literal; ID strings that look like integers print as Int.
    private static ValueNode PlainValueToLiteral(object? value, bool isId)
    {
        switch (value)
        {
            case null:
                return new NullValueNode();
            case bool flag:
                return new BooleanValueNode { Value = flag };
            case string text when isId && IntegerText().IsMatch(text):
                return new IntValueNode { Value = text };
            case string text:
                return new StringValueNode { Value = text };
            case float or double or decimal when NumericValues.ToDouble(value) is var number:
                if (!double.IsFinite(number))
                {
                    throw new ValueCoercionException($"Cannot represent non-finite number {Describe(value)} as a literal.");
                }

                return Math.Floor(number) == number && Math.Abs(number) < 1e21
                    ? new IntValueNode { Value = number.ToString("F0", CultureInfo.InvariantCulture) }
                    : new FloatValueNode { Value = number.ToString("R", CultureInfo.InvariantCulture) };
            case IFormattable integer when NumericValues.IsNumber(value) || value is System.Numerics.BigInteger:
                return new IntValueNode { Value = integer.ToString(null, CultureInfo.InvariantCulture) };
            case var _ when TryGetEntries(value, out var entries):
                return new ObjectValueNode
                {
                    Fields = entries.Select(entry => new ObjectFieldNode { Name = new NameNode { Value = entry.Key }, Value = PlainValueToLiteral(entry.Value, isId: false) }).ToList(),
                };
            case var _ when TryGetItems(value, out var items):
                return new ListValueNode { Values = items.Cast<object?>().Select(item => PlainValueToLiteral(item, isId: false)).ToList() };
            default:
                throw new ValueCoercionException($"Cannot represent {Describe(value)} as a GraphQL literal.");
        }
    }

    [GeneratedRegex("^-?(0|[1-9][0-9]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerText();
}
