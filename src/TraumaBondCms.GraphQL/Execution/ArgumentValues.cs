using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Execution;

/// <summary>
/// §6.4.1 CoerceArgumentValues (https://spec.graphql.org/October2021/#sec-Coercing-Field-Arguments): the
/// arguments given to a field or directive, with defaults applied and variables substituted, as internal values.
/// Stateless and thread safe.
/// </summary>
internal static class ArgumentValues
{
    /// <summary>Coerces the arguments; an argument neither given nor defaulted is left out of the result.</summary>
    /// <exception cref="GraphQLException">On the first missing required argument or invalid value, located at the offending literal.</exception>
    public static Dictionary<string, object?> Coerce(IReadOnlyList<InputValueDefinition> definitions, IReadOnlyList<ArgumentNode> nodes, IReadOnlyDictionary<string, object?> variables)
    {
        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var node = Find(nodes, definition.Name);
            var value = node?.Value;
            var hasValue = node is not null;
            if (value is VariableNode variable)
            {
                hasValue = variables.ContainsKey(variable.Name.Value);
            }

            if (!hasValue)
            {
                if (definition.HasDefaultValue)
                {
                    coerced[definition.Name] = definition.DefaultValue;
                }
                else if (definition.Type is NonNullType)
                {
                    var message = value is VariableNode missing
                        ? $"Argument \"{definition.Name}\" of required type \"{definition.Type}\" was given the variable \"${missing.Name.Value}\", which has no value."
                        : $"Argument \"{definition.Name}\" of required type \"{definition.Type}\" was not provided.";
                    throw Located(message, value);
                }

                continue;
            }

            try
            {
                coerced[definition.Name] = ValueCoercion.CoerceLiteral(value!, definition.Type, variables);
            }
            catch (ValueCoercionException error)
            {
                throw Located($"Argument \"{definition.Name}\" has an invalid value: {error.Message}", error.Node ?? value);
            }
        }

        return coerced;
    }

    /// <summary>
    /// §3.13.1-2 <c>@skip</c> / <c>@include</c>: false when the selection must be left out. An <c>if</c> that is
    /// missing or not a Boolean (which validation rejects) leaves the selection in.
    /// </summary>
    public static bool ShouldInclude(IReadOnlyList<DirectiveNode> directives, IReadOnlyDictionary<string, object?> variables)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            var directive = directives[i];
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            var condition = Find(directive.Arguments, "if")?.Value switch
            {
                BooleanValueNode literal => literal.Value,
                VariableNode variable => variables.GetValueOrDefault(variable.Name.Value) as bool?,
                _ => null,
            };
            if ((name == "skip" && condition == true) || (name == "include" && condition == false))
            {
                return false;
            }
        }

        return true;
    }

    private static ArgumentNode? Find(IReadOnlyList<ArgumentNode> nodes, string name)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].Name.Value == name)
            {
                return nodes[i];
            }
        }

        return null;
    }

    private static GraphQLException Located(string message, Node? node) =>
        new(message) { Locations = node?.Location is { } location ? [location.StartLocation] : null };
}
