using System.Text.RegularExpressions;

namespace TraumaBondCms.GraphQL.Types;

/// <summary>
/// Checks a schema against the type system rules of https://spec.graphql.org/October2021/#sec-Type-System
/// (§3.3 root types, §3.4 names, §3.6–§3.10 type validation, §3.13 directive validation, and the OneOf RFC).
/// <see cref="SchemaBuilder.Build"/> runs it on every schema. Stateless and thread safe.
/// </summary>
public static partial class SchemaValidator
{
    /// <summary>Returns every problem found, each a sentence naming the element concerned; empty when valid.</summary>
    public static IReadOnlyList<string> Validate(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var problems = new List<string>();

        // §3.3.1 Root Operation Types: a query root is required; object kinds are checked by the builder.
        if (schema.QueryTypeOrNull is null)
        {
            problems.Add("Query root type must be provided.");
        }

        foreach (var directive in schema.Directives.Where(directive => !directive.IsBuiltIn))
        {
            ValidateDirective(directive, problems);
        }

        foreach (var type in schema.Types)
        {
            ValidateName(type.Name, $"type \"{type.Name}\"", type.IsBuiltIn, problems);
            switch (type)
            {
                case ComplexOutputType complex:
                    ValidateComplexType(complex, problems);
                    break;
                case UnionType union:
                    ValidateUnion(union, problems);
                    break;
                case EnumType enumType:
                    ValidateEnum(enumType, problems);
                    break;
                case InputObjectType inputObject:
                    ValidateInputObject(inputObject, problems);
                    break;
            }
        }

        ValidateInputObjectCycles(schema.Types.OfType<InputObjectType>(), problems);
        return problems;
    }

    // §3.13 Validation: names, at least one location, arguments.
    private static void ValidateDirective(DirectiveDefinition directive, List<string> problems)
    {
        ValidateName(directive.Name, $"directive \"@{directive.Name}\"", builtIn: false, problems);
        if (directive.Locations.Count == 0)
        {
            problems.Add($"Directive \"@{directive.Name}\" must include one or more locations.");
        }

        ValidateArguments(directive.Arguments, "@" + directive.Name, builtIn: false, problems);
    }

    // §3.6 Type Validation (arguments): names, input types, and a required argument cannot be deprecated.
    private static void ValidateArguments(IReadOnlyList<InputValueDefinition> arguments, string owner, bool builtIn, List<string> problems)
    {
        foreach (var argument in arguments)
        {
            var coordinate = $"{owner}({argument.Name}:)";
            ValidateName(argument.Name, $"argument \"{coordinate}\"", builtIn, problems);
            if (!argument.Type.IsInputType)
            {
                problems.Add($"The type of \"{coordinate}\" must be Input Type but got: \"{argument.Type}\".");
            }

            if (argument.IsRequired && argument.IsDeprecated)
            {
                problems.Add($"Required argument \"{coordinate}\" cannot be deprecated.");
            }
        }
    }

    // §3.4 / §2.1.9: every name matches the Name grammar; "__" is reserved for introspection.
    private static void ValidateName(string name, string what, bool builtIn, List<string> problems)
    {
        if (!NamePattern().IsMatch(name))
        {
            problems.Add($"Name of {what} must match /^[_a-zA-Z][_a-zA-Z0-9]*$/ but \"{name}\" does not.");
        }
        else if (!builtIn && name.StartsWith("__", StringComparison.Ordinal))
        {
            problems.Add($"Name of {what} must not begin with \"__\", which is reserved by GraphQL introspection.");
        }
    }

    [GeneratedRegex("^[_a-zA-Z][_a-zA-Z0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    private static string KindName(NamedType type) => type.Kind switch
    {
        TypeKind.Object => "Object",
        TypeKind.Interface => "Interface",
        _ => type.Kind.ToString(),
    };

    private static bool IsReservedEnumValue(string name) => name is "true" or "false" or "null";
}
