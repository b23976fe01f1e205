using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types;
using TraumaBondCms.GraphQL.Types.Scalars;

namespace TraumaBondCms.GraphQL.Introspection;

/// <summary>
/// The introspection types every schema contains (https://spec.graphql.org/October2021/#sec-Schema-Introspection),
/// built once and shared by all schemas: <c>__Schema</c>, <c>__Type</c>, <c>__Field</c>, <c>__InputValue</c>,
/// <c>__EnumValue</c>, <c>__Directive</c> and the enums <c>__TypeKind</c> and <c>__DirectiveLocation</c>. Their
/// resolvers read the runtime type system: a <see cref="Types.Schema"/>, <see cref="GraphQLType"/>,
/// <see cref="FieldDefinition"/>, <see cref="InputValueDefinition"/>, <see cref="EnumValueDefinition"/> or
/// <see cref="DirectiveDefinition"/>. Besides the October 2021 fields they carry what graphql-js 16 asks for:
/// <c>includeDeprecated</c> on arguments and input fields, and <c>__Type.isOneOf</c>. Immutable and thread safe.
/// </summary>
public static partial class IntrospectionTypes
{
    static IntrospectionTypes()
    {
        TypeKind = CreateEnum(
            "__TypeKind",
            "The kinds of types in a GraphQL schema, as reported by `__Type.kind`.",
            Enum.GetValues<Types.TypeKind>().Select(kind => (KindName(kind), (object)kind)));
        DirectiveLocation = CreateEnum(
            "__DirectiveLocation",
            "The places in documents and schemas where a directive may be applied.",
            Enum.GetValues<Language.Ast.DirectiveLocation>().Select(location => (location.ToName(), (object)location)));
        Schema = Shell("__Schema", "A GraphQL schema: its types, root operation types and directives.");
        Type = Shell("__Type", "A type of the schema, or a list or non-null wrapper of one. Which fields are non-null depends on `kind`.");
        Field = Shell("__Field", "A field of an object or interface type.");
        InputValue = Shell("__InputValue", "An argument, or a field of an input object type.");
        EnumValue = Shell("__EnumValue", "One value of an enum type.");
        Directive = Shell("__Directive", "A directive the schema supports: where it may be applied and which arguments it takes.");
        CompleteSchema();
        CompleteType();
        CompleteMembers();
        All = [Schema, Type, TypeKind, Field, InputValue, EnumValue, Directive, DirectiveLocation];
    }

    /// <summary><c>__Schema</c> (§4.2.1); resolvers read a <see cref="Types.Schema"/>.</summary>
    public static ObjectType Schema { get; }

    /// <summary><c>__Type</c> (§4.2.2); resolvers read a <see cref="GraphQLType"/>.</summary>
    public static ObjectType Type { get; }

    /// <summary><c>__Field</c> (§4.2.3); resolvers read a <see cref="FieldDefinition"/>.</summary>
    public static ObjectType Field { get; }

    /// <summary><c>__InputValue</c> (§4.2.4); resolvers read an <see cref="InputValueDefinition"/>.</summary>
    public static ObjectType InputValue { get; }

    /// <summary><c>__EnumValue</c> (§4.2.5); resolvers read an <see cref="EnumValueDefinition"/>.</summary>
    public static ObjectType EnumValue { get; }

    /// <summary><c>__Directive</c> (§4.2.6); resolvers read a <see cref="DirectiveDefinition"/>.</summary>
    public static ObjectType Directive { get; }

    /// <summary><c>__TypeKind</c>, whose internal values are <see cref="Types.TypeKind"/> members.</summary>
    public static EnumType TypeKind { get; }

    /// <summary><c>__DirectiveLocation</c>, whose internal values are <see cref="Language.Ast.DirectiveLocation"/> members.</summary>
    public static EnumType DirectiveLocation { get; }

    /// <summary>All eight introspection types, in the order schemas list them.</summary>
    public static IReadOnlyList<NamedType> All { get; }

    private static string KindName(Types.TypeKind kind) => kind switch
    {
        Types.TypeKind.InputObject => "INPUT_OBJECT",
        Types.TypeKind.NonNull => "NON_NULL",
        _ => kind.ToString().ToUpperInvariant(),
    };

    private static ObjectType Shell(string name, string description) => new(name, description, null) { IsBuiltIn = true };

    private static EnumType CreateEnum(string name, string description, IEnumerable<(string Name, object Value)> values)
    {
        var type = new EnumType(name, description) { IsBuiltIn = true };
        type.Complete(values.Select(value => new EnumValueDefinition(value.Name, null, value.Value, null)).ToList());
        return type;
    }

    // Resolvers of introspection fields are synchronous reads of the type system.
    private static FieldDefinition Define(string name, GraphQLType type, Func<IResolveFieldContext, object?> resolve, string? description = null, params InputValueDefinition[] arguments) =>
        new(name, description, type, arguments, null, context => new ValueTask<object?>(resolve(context)));

    private static InputValueDefinition IncludeDeprecated()
    {
        var argument = new InputValueDefinition("includeDeprecated", "Also list deprecated elements.", BuiltInScalars.Boolean, null);
        argument.SetDefault(false, new BooleanValueNode { Value = false });
        return argument;
    }

    private static bool Includes(IResolveFieldContext context, bool isDeprecated) => !isDeprecated || context.Arguments.GetValueOrDefault("includeDeprecated") is true;

    private static NonNullType NonNull(GraphQLType type) => new(type);

    private static NonNullType ListOfNonNull(GraphQLType type) => new(new ListType(new NonNullType(type)));

    private static ListType NullableListOfNonNull(GraphQLType type) => new(new NonNullType(type));
}
