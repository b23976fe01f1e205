using TraumaBondCms.GraphQL.Introspection;
using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types.Builders;
using TraumaBondCms.GraphQL.Types.Scalars;

namespace TraumaBondCms.GraphQL.Types;

public sealed partial class SchemaBuilder
{
    /// <summary>
    /// Builds the immutable schema: resolves type references, coerces default values, checks applied SDL
    /// directives and runs <see cref="SchemaValidator"/>. The introspection types (§4.2) are appended to the
    /// schema's types, after the built-in scalars. The builder can be changed and built again afterwards.
    /// </summary>
    /// <exception cref="SchemaValidationException">Listing every problem, when the schema is not valid.</exception>
    public Schema Build()
    {
        var state = new BuildState(new List<string>(_problems));
        foreach (var builder in _types)
        {
            state.Types[builder.Name] = CreateShell(builder);
        }

        foreach (var builder in _types)
        {
            Complete(builder, state.Types[builder.Name], state);
        }

        var directives = BuiltInDirectives.All.Concat(_directives.Select(directive => CreateDirective(directive, state))).ToList();
        state.ResolveDefaults();
        CheckAppliedDirectives(directives, state.Problems);

        // §3.3.1: the default root names stand in for a schema definition, so they apply only without one.
        var useDefaultRootNames = !_hasSchemaDefinition;
        var builtInScalars = BuiltInScalars.All.Where(scalar => scalar.Name is "String" or "Boolean" || state.Referenced.Contains(scalar.Name));
        var schema = new Schema(
            _description,
            state.Root("Query", _queryTypeName, useDefaultRootNames),
            state.Root("Mutation", _mutationTypeName, useDefaultRootNames),
            state.Root("Subscription", _subscriptionTypeName, useDefaultRootNames),
            _types.Select(builder => state.Types[builder.Name]).Concat(builtInScalars).Concat(IntrospectionTypes.All).ToList(),
            directives);
        state.Problems.AddRange(SchemaValidator.Validate(schema));
        return state.Problems.Count == 0 ? schema : throw new SchemaValidationException(state.Problems);
    }

    private static NamedType CreateShell(NamedTypeBuilder builder) => builder switch
    {
        ObjectTypeBuilder type => new ObjectType(type.Name, type.DescriptionText, type.IsTypeOfCheck) { IsBuiltIn = type.IsBuiltIn },
        InterfaceTypeBuilder type => new InterfaceType(type.Name, type.DescriptionText, type.TypeResolver) { IsBuiltIn = type.IsBuiltIn },
        UnionTypeBuilder type => new UnionType(type.Name, type.DescriptionText, type.TypeResolver) { IsBuiltIn = type.IsBuiltIn },
        EnumTypeBuilder type => new EnumType(type.Name, type.DescriptionText) { IsBuiltIn = type.IsBuiltIn },
        InputObjectTypeBuilder type => new InputObjectType(type.Name, type.DescriptionText, type.IsOneOf) { IsBuiltIn = type.IsBuiltIn },
        ScalarTypeBuilder type => type.Implementation ?? new ScalarType(type.Name, type.DescriptionText, type.SpecifiedByUrl),
        _ => throw new InvalidOperationException($"Unknown type builder {builder.GetType().Name}."),
    };

    private static void Complete(NamedTypeBuilder builder, NamedType type, BuildState state)
    {
        switch (builder)
        {
            case ObjectTypeBuilder objectBuilder:
                CompleteComplex((ComplexOutputType)type, objectBuilder.Fields, objectBuilder.Interfaces, state);
                break;
            case InterfaceTypeBuilder interfaceBuilder:
                CompleteComplex((ComplexOutputType)type, interfaceBuilder.Fields, interfaceBuilder.Interfaces, state);
                break;
            case UnionTypeBuilder unionBuilder:
                ((UnionType)type).Complete(unionBuilder.Members
                    .Select(member => state.Named(member, $"union \"{type.Name}\"") switch
                    {
                        ObjectType objectType => objectType,
                        null => null,
                        var other => state.Reject<ObjectType>($"Union type \"{type.Name}\" can only include Object types, it cannot include \"{other.Name}\"."),
                    })
                    .OfType<ObjectType>()
                    .ToList());
                break;
            case EnumTypeBuilder enumBuilder:
                ((EnumType)type).Complete(state.Unique(enumBuilder.Values, value => value.Name, name => $"Enum value \"{type.Name}.{name}\" can only be defined once.")
                    .Select(value => new EnumValueDefinition(value.Name, value.DescriptionText, value.InternalValue ?? value.Name, value.DeprecationReason))
                    .ToList());
                break;
            case InputObjectTypeBuilder inputBuilder:
                ((InputObjectType)type).Complete(state.Unique(inputBuilder.Fields, field => field.Name, name => $"Input field \"{type.Name}.{name}\" can only be defined once.")
                    .Select(field => state.InputValue(field, $"{type.Name}.{field.Name}"))
                    .OfType<InputValueDefinition>()
                    .ToList());
                break;
        }
    }

    private static void CompleteComplex(ComplexOutputType type, List<FieldBuilder> fieldBuilders, List<string> interfaceNames, BuildState state)
    {
        var fields = new List<FieldDefinition>();
        foreach (var field in state.Unique(fieldBuilders, field => field.Name, name => $"Field \"{type.Name}.{name}\" can only be defined once."))
        {
            var owner = $"{type.Name}.{field.Name}";
            var fieldType = state.Resolve(field.Type, owner);
            var arguments = state.Arguments(field.Arguments, owner);
            if (fieldType is not null)
            {
                fields.Add(new FieldDefinition(field.Name, field.DescriptionText, fieldType, arguments, field.DeprecationReason, field.Resolver, field.ListSizeHint));
            }
        }

        var interfaces = interfaceNames
            .Select(name => state.Named(name, $"\"{type.Name}\"") switch
            {
                InterfaceType interfaceType => interfaceType,
                null => null,
                var other => state.Reject<InterfaceType>($"Type \"{type.Name}\" must only implement Interface types, it cannot implement \"{other.Name}\"."),
            })
            .OfType<InterfaceType>()
            .ToList();
        type.Complete(fields, interfaces);
    }

    private static DirectiveDefinition CreateDirective(DirectiveBuilder directive, BuildState state) =>
        new(directive.Name, directive.DescriptionText, state.Arguments(directive.Arguments, "@" + directive.Name), directive.DirectiveLocations.Distinct().ToList(), directive.IsRepeatable);

    // Mutable state of one Build call.
    private sealed class BuildState(List<string> problems)
    {
        private readonly List<InputValueDefinition> _inputValues = [];

        public List<string> Problems { get; } = problems;

        public Dictionary<string, NamedType> Types { get; } = BuiltInScalars.All.ToDictionary(scalar => scalar.Name, NamedType (scalar) => scalar, StringComparer.Ordinal);

        public HashSet<string> Referenced { get; } = new(StringComparer.Ordinal);

        public NamedType? Named(string name, string owner)
        {
            if (Types.TryGetValue(name, out var type))
            {
                Referenced.Add(name);
                return type;
            }

            Problems.Add($"Unknown type \"{name}\" referenced by {owner}.");
            return null;
        }

        public GraphQLType? Resolve(TypeNode node, string owner) => node switch
        {
            NamedTypeNode named => Named(named.Name.Value, owner),
            ListTypeNode list => Resolve(list.Type, owner) is { } item ? new ListType(item) : null,
            NonNullTypeNode nonNull => Resolve(nonNull.Type, owner) is { } inner and not NonNullType ? new NonNullType(inner) : null,
            _ => null,
        };

        public T? Reject<T>(string problem)
            where T : class
        {
            Problems.Add(problem);
            return null;
        }

        public IEnumerable<T> Unique<T>(IEnumerable<T> items, Func<T, string> name, Func<string, string> duplicateProblem)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in items)
            {
                if (seen.Add(name(item)))
                {
                    yield return item;
                }
                else
                {
                    Problems.Add(duplicateProblem(name(item)));
                }
            }
        }

        public List<InputValueDefinition> Arguments(IEnumerable<InputValueBuilder> arguments, string owner) =>
            Unique(arguments, argument => argument.Name, name => $"Argument \"{owner}({name}:)\" can only be defined once.")
                .Select(argument => InputValue(argument, $"{owner}({argument.Name}:)"))
                .OfType<InputValueDefinition>()
                .ToList();

        public InputValueDefinition? InputValue(InputValueBuilder builder, string owner)
        {
            var type = Resolve(builder.Type, owner);
            if (type is null)
            {
                return null;
            }

            var value = new InputValueDefinition(builder.Name, builder.DescriptionText, type, builder.DeprecationReason);
            if (builder.HasDefault)
            {
                // Deferred: coercing an input object default reads the defaults of that object's fields.
                value.DeferDefault(() => CoerceDefault(builder, type, owner));
            }

            _inputValues.Add(value);
            return value;
        }

        public void ResolveDefaults()
        {
            foreach (var value in _inputValues)
            {
                value.ResolveDefault();
            }
        }

        public ObjectType? Root(string operation, string? explicitName, bool useDefaultName)
        {
            var name = explicitName ?? (useDefaultName ? operation : null);
            if (name is null)
            {
                return null;
            }

            if (!Types.TryGetValue(name, out var type))
            {
                return explicitName is null ? null : Reject<ObjectType>($"{operation} root type \"{name}\" is not defined.");
            }

            return type as ObjectType ?? Reject<ObjectType>($"{operation} root type must be Object type, it cannot be \"{name}\".");
        }

        private (object? Value, ValueNode? Literal) CoerceDefault(InputValueBuilder builder, GraphQLType type, string owner)
        {
            try
            {
                if (builder.DefaultLiteral is { } literal)
                {
                    return (ValueCoercion.CoerceLiteral(literal, type), literal);
                }

                var printed = ValueCoercion.AstFromValue(builder.DefaultInternalValue, type);
                ValueCoercion.CoerceLiteral(printed, type);
                return (builder.DefaultInternalValue, printed);
            }
            catch (ValueCoercionException error)
            {
                Problems.Add($"Invalid default value for {owner}: {error.Message}");
                return (null, builder.DefaultLiteral ?? new NullValueNode());
            }
        }
    }
}
