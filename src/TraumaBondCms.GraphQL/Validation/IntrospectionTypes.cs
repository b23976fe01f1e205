using System.Runtime.CompilerServices;
using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types;
using TraumaBondCms.GraphQL.Types.Scalars;

namespace TraumaBondCms.GraphQL.Validation;

/// <summary>
/// The introspection types (https://spec.graphql.org/October2021/#sec-Schema-Introspection) as validation
/// needs them: names, fields, arguments and types, no resolvers. A schema that registers its own type under
/// one of these names is used instead; this set lets every schema validate introspection queries (selections
/// below <c>__schema</c> and <c>__type</c>, fragments on <c>__Type</c>) the same way. The fields are the
/// October 2021 ones plus the later <c>includeDeprecated</c> arguments, <c>__InputValue.isDeprecated</c>,
/// <c>deprecationReason</c> and <c>__Type.isOneOf</c>, as graphql-js 16 serves them, so clients built for
/// it validate. Built once per schema and cached; immutable and thread safe.
/// </summary>
internal sealed class IntrospectionTypes
{
    private const string Sdl = """
        type __Schema { description: String types: [__Type!]! queryType: __Type! mutationType: __Type subscriptionType: __Type directives: [__Directive!]! }
        type __Type { kind: __TypeKind! name: String description: String specifiedByURL: String fields(includeDeprecated: Boolean = false): [__Field!] interfaces: [__Type!] possibleTypes: [__Type!] enumValues(includeDeprecated: Boolean = false): [__EnumValue!] inputFields(includeDeprecated: Boolean = false): [__InputValue!] ofType: __Type isOneOf: Boolean }
        type __Field { name: String! description: String args(includeDeprecated: Boolean = false): [__InputValue!]! type: __Type! isDeprecated: Boolean! deprecationReason: String }
        type __InputValue { name: String! description: String type: __Type! defaultValue: String isDeprecated: Boolean! deprecationReason: String }
        type __EnumValue { name: String! description: String isDeprecated: Boolean! deprecationReason: String }
        type __Directive { name: String! description: String isRepeatable: Boolean! locations: [__DirectiveLocation!]! args(includeDeprecated: Boolean = false): [__InputValue!]! }
        enum __TypeKind { SCALAR OBJECT INTERFACE UNION ENUM INPUT_OBJECT LIST NON_NULL }
        enum __DirectiveLocation { QUERY MUTATION SUBSCRIPTION FIELD FRAGMENT_DEFINITION FRAGMENT_SPREAD INLINE_FRAGMENT VARIABLE_DEFINITION SCHEMA SCALAR OBJECT FIELD_DEFINITION ARGUMENT_DEFINITION INTERFACE UNION ENUM ENUM_VALUE INPUT_OBJECT INPUT_FIELD_DEFINITION }
        """;

    private static readonly ConditionalWeakTable<Schema, IntrospectionTypes> Cache = [];
    private static readonly DocumentNode Definitions = Parser.Parse(Sdl, ParserOptions.Trusted);
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);

    private IntrospectionTypes(Schema schema)
    {
        var scalars = new Dictionary<string, NamedType>(StringComparer.Ordinal)
        {
            ["String"] = schema.GetType("String") ?? BuiltInScalars.String,
            ["Boolean"] = schema.GetType("Boolean") ?? BuiltInScalars.Boolean,
        };
        foreach (var definition in Definitions.Definitions.Cast<TypeDefinitionNode>())
        {
            var name = definition.Name.Value;
            _types[name] = schema.GetType(name) ?? definition switch
            {
                ObjectTypeDefinitionNode => new ObjectType(name, null, null) { IsBuiltIn = true },
                _ => new EnumType(name, null) { IsBuiltIn = true },
            };
        }

        foreach (var definition in Definitions.Definitions)
        {
            switch (definition)
            {
                case ObjectTypeDefinitionNode objectNode when _types[objectNode.Name.Value] is ObjectType { Fields.Count: 0 } objectType:
                    objectType.Complete([.. objectNode.Fields.Select(field => Field(field, scalars))], []);
                    break;
                case EnumTypeDefinitionNode enumNode when _types[enumNode.Name.Value] is EnumType { Values.Count: 0 } enumType:
                    enumType.Complete([.. enumNode.Values.Select(value => new EnumValueDefinition(value.Name.Value, null, value.Name.Value, null))]);
                    break;
            }
        }
    }

    /// <summary>The schema's type named <paramref name="name"/>, else the introspection type of that name, else null.</summary>
    public static NamedType? NamedType(Schema schema, string name) => schema.GetType(name) ?? Find(schema, name);

    /// <summary>The type a type reference denotes, introspection types included (see <see cref="NamedType"/>), or null when unknown.</summary>
    public static GraphQLType? FromAst(Schema schema, TypeNode node)
    {
        switch (node)
        {
            case NamedTypeNode named:
                return NamedType(schema, named.Name.Value);
            case ListTypeNode list:
                return FromAst(schema, list.Type) is { } item ? new ListType(item) : null;
            case NonNullTypeNode nonNull:
                return FromAst(schema, nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null;
            default:
                return null;
        }
    }

    /// <summary>The introspection type named <paramref name="name"/> (the schema's own when it has one), or null.</summary>
    public static NamedType? Find(Schema schema, string name) =>
        name.Length > 2 && name[0] == '_' && name[1] == '_'
            ? Cache.GetValue(schema, static s => new IntrospectionTypes(s))._types.GetValueOrDefault(name)
            : null;

    private FieldDefinition Field(FieldDefinitionNode node, Dictionary<string, NamedType> scalars)
    {
        var arguments = node.Arguments.Select(argument =>
        {
            var definition = new InputValueDefinition(argument.Name.Value, null, Resolve(argument.Type, scalars), null);
            if (argument.DefaultValue is BooleanValueNode flag)
            {
                definition.SetDefault(flag.Value, flag);
            }

            return definition;
        }).ToList();
        return new FieldDefinition(node.Name.Value, null, Resolve(node.Type, scalars), arguments, null, null);
    }

    private GraphQLType Resolve(TypeNode node, Dictionary<string, NamedType> scalars) => node switch
    {
        NonNullTypeNode nonNull => new NonNullType(Resolve(nonNull.Type, scalars)),
        ListTypeNode list => new ListType(Resolve(list.Type, scalars)),
        NamedTypeNode named => scalars.GetValueOrDefault(named.Name.Value) ?? _types[named.Name.Value],
        _ => throw new InvalidOperationException($"Unknown type reference {node.GetType().Name}."),
    };
}
