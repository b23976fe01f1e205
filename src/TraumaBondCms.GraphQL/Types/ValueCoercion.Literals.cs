using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Types;

public static partial class ValueCoercion
{
    private static readonly object Invalid = new();
    private static readonly object MissingVariable = new();
    private static readonly IReadOnlyDictionary<string, object?> NoVariables = new Dictionary<string, object?>();

    /// <summary>
    /// Coerces a literal to an internal value of <paramref name="type"/> (§3.10 input coercion, used by §6.4.1
    /// CoerceArgumentValues). Variables are read from <paramref name="variables"/> (already coerced, §6.1.2); a
    /// variable missing inside a list is null and inside an input object leaves the field to its default. A
    /// missing top-level variable yields null for a nullable type; callers applying argument defaults check for
    /// it first.
    /// </summary>
    /// <exception cref="ValueCoercionException">On the first problem, with <see cref="ValueCoercionException.Node"/> set.</exception>
    public static object? CoerceLiteral(ValueNode literal, GraphQLType type, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        ArgumentNullException.ThrowIfNull(type);
        var result = new LiteralCoercion(variables ?? NoVariables, null).Coerce(literal, type);
        if (ReferenceEquals(result, MissingVariable))
        {
            return type is NonNullType
                ? throw new ValueCoercionException($"Variable \"${((VariableNode)literal).Name.Value}\" of required type \"{type}\" was not provided.", [], literal)
                : null;
        }

        return result;
    }

    /// <summary>
    /// Checks that a literal can be coerced to <paramref name="type"/> and returns every problem (§5.6.1 Values of
    /// Correct Type). Variables anywhere in the literal are accepted: their types are checked by §5.8.5.
    /// </summary>
    public static IReadOnlyList<ValueCoercionError> ValidateLiteral(ValueNode literal, GraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(literal);
        ArgumentNullException.ThrowIfNull(type);
        var errors = new List<ValueCoercionError>();
        new LiteralCoercion(null, errors).Coerce(literal, type);
        return errors;
    }

    // With variables (execution) the first problem throws; without (validation) problems are collected.
    private sealed class LiteralCoercion(IReadOnlyDictionary<string, object?>? variables, List<ValueCoercionError>? errors)
    {
        public object? Coerce(ValueNode node, GraphQLType type)
        {
            if (node is VariableNode variable)
            {
                return CoerceVariable(variable, type);
            }

            if (type is NonNullType nonNull)
            {
                return node is NullValueNode ? Fail(node, $"Expected value of type \"{type}\", found null.") : Coerce(node, nonNull.OfType);
            }

            if (node is NullValueNode)
            {
                return null;
            }

            switch (type)
            {
                case ListType list when node is ListValueNode items:
                    return CoerceList(items, list.OfType);
                case ListType list:
                    // §3.11 input coercion: a single value stands for a list of one.
                    var single = Coerce(node, list.OfType);
                    return ReferenceEquals(single, Invalid) ? Invalid : new List<object?> { single };
                case InputObjectType inputObject:
                    return CoerceObject(node, inputObject);
                case EnumType enumType:
                    return Parse(node, () => enumType.ParseLiteral(node));
                case ScalarType scalar:
                    return Parse(node, () => scalar.ParseLiteral(node, variables));
                default:
                    return Fail(node, $"Type \"{type}\" is not an input type.");
            }
        }

        private object? CoerceVariable(VariableNode variable, GraphQLType type)
        {
            if (variables is null)
            {
                return null;
            }

            if (!variables.TryGetValue(variable.Name.Value, out var value))
            {
                return MissingVariable;
            }

            return value is null && type is NonNullType
                ? Fail(variable, $"Variable \"${variable.Name.Value}\" of non-null type \"{type}\" must not be null.")
                : value;
        }

        private object? CoerceList(ListValueNode items, GraphQLType itemType)
        {
            var result = new List<object?>(items.Values.Count);
            var valid = true;
            foreach (var item in items.Values)
            {
                var value = Coerce(item, itemType);
                if (ReferenceEquals(value, MissingVariable))
                {
                    value = itemType is NonNullType ? Fail(item, $"Expected value of type \"{itemType}\", found null.") : null;
                }

                valid &= !ReferenceEquals(value, Invalid);
                result.Add(value);
            }

            return valid ? result : Invalid;
        }

        private object? CoerceObject(ValueNode node, InputObjectType type)
        {
            if (node is not ObjectValueNode objectValue)
            {
                return Fail(node, $"Expected value of type \"{type.Name}\", found {Printer.Print(node)}.");
            }

            var valid = true;
            var given = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
            foreach (var fieldNode in objectValue.Fields)
            {
                given.TryAdd(fieldNode.Name.Value, fieldNode);
                if (type.GetField(fieldNode.Name.Value) is null)
                {
                    valid = Invalidate(Fail(fieldNode.Value, $"Field \"{fieldNode.Name.Value}\" is not defined by type \"{type.Name}\"."));
                }
            }

            var result = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var field in type.Fields)
            {
                var value = given.TryGetValue(field.Name, out var fieldNode) ? Coerce(fieldNode.Value, field.Type) : MissingVariable;
                if (ReferenceEquals(value, MissingVariable))
                {
                    if (field.HasDefaultValue)
                    {
                        result[field.Name] = field.DefaultValue;
                    }
                    else if (field.Type is NonNullType)
                    {
                        valid = Invalidate(Fail(objectValue, $"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided."));
                    }

                    continue;
                }

                valid &= !ReferenceEquals(value, Invalid);
                result[field.Name] = value;
            }

            if (type.IsOneOf && valid)
            {
                valid = CheckOneOf(objectValue, type, result);
            }

            return valid ? result : Invalid;
        }

        // OneOf Input Objects RFC: exactly one field, and its value is not null.
        private bool CheckOneOf(ObjectValueNode objectValue, InputObjectType type, Dictionary<string, object?> result)
        {
            if (objectValue.Fields.Count != 1)
            {
                return Invalidate(Fail(objectValue, $"OneOf Input Object \"{type.Name}\" must specify exactly one key."));
            }

            var fieldNode = objectValue.Fields[0];
            var isNull = fieldNode.Value is NullValueNode
                || (fieldNode.Value is not VariableNode || variables is not null) && result.TryGetValue(fieldNode.Name.Value, out var value) && value is null;
            return !isNull || Invalidate(Fail(fieldNode.Value, $"Field \"{type.Name}.{fieldNode.Name.Value}\" must be non-null."));
        }

        private object? Parse(ValueNode node, Func<object?> parse)
        {
            try
            {
                return parse();
            }
            catch (ValueCoercionException error)
            {
                return Fail(node, error.Message);
            }
        }

        private object Fail(ValueNode node, string message)
        {
            if (errors is null)
            {
                throw new ValueCoercionException(message, [], node);
            }

            errors.Add(new ValueCoercionError(message, node));
            return Invalid;
        }

        private static bool Invalidate(object failure) => !ReferenceEquals(failure, Invalid);
    }
}
