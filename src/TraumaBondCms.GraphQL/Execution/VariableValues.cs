using System.Text;
using System.Text.Json;
using TraumaBondCms.GraphQL.Errors;
using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Execution;

/// <summary>
/// §6.1.2 CoerceVariableValues (https://spec.graphql.org/October2021/#sec-Coercing-Variable-Values): the values
/// given for an operation's variables, with defaults applied, as internal values. Problems are request errors
/// with code <see cref="ExecutionErrorCodes.InvalidVariables"/>, one per variable. Thread safe.
/// </summary>
internal static class VariableValues
{
    private static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<string, object?>();

    /// <summary>The coerced values; a variable neither given nor defaulted is absent. Errors are added to <paramref name="errors"/>.</summary>
    public static IReadOnlyDictionary<string, object?> Coerce(Schema schema, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? inputs, List<GraphQLError> errors)
    {
        if (operation.VariableDefinitions.Count == 0)
        {
            return None;
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            var type = schema.GetTypeFromAst(definition.Type);
            if (type is null || !type.IsInputType)
            {
                errors.Add(Error(definition, $"Variable \"${name}\" has type \"{Language.Printer.Print(definition.Type)}\", which is not an input type of this schema."));
                continue;
            }

            object? value = null;
            var hasValue = inputs is not null && inputs.TryGetValue(name, out value);
            if (value is JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined })
            {
                value = null;
            }

            try
            {
                if (!hasValue && definition.DefaultValue is { } defaultValue)
                {
                    coerced[name] = ValueCoercion.CoerceLiteral(defaultValue, type);
                }
                else if (type is NonNullType && value is null)
                {
                    errors.Add(Error(definition, hasValue
                        ? $"Variable \"${name}\" of non-null type \"{type}\" must not be null."
                        : $"Variable \"${name}\" of required type \"{type}\" was not provided."));
                }
                else if (hasValue)
                {
                    coerced[name] = value is null ? null : ValueCoercion.CoerceInputValue(value, type);
                }
            }
            catch (ValueCoercionException problem)
            {
                var at = problem.Path.Count == 0 ? string.Empty : $" at \"{FormatPath(name, problem.Path)}\"";
                errors.Add(Error(definition, $"Variable \"${name}\" got an invalid value{at}: {problem.Message}"));
            }
        }

        return coerced;
    }

    private static string FormatPath(string name, IReadOnlyList<object> path)
    {
        var text = new StringBuilder(name);
        foreach (var segment in path)
        {
            _ = segment is int index ? text.Append('[').Append(index).Append(']') : text.Append('.').Append(segment);
        }

        return text.ToString();
    }

    private static GraphQLError Error(VariableDefinitionNode definition, string message) =>
        GraphQLError.WithCode(message, ExecutionErrorCodes.InvalidVariables, definition.Location is { } location ? [location.StartLocation] : null);
}
