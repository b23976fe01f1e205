using TraumaBondCms.GraphQL.Types;
using TraumaBondCms.GraphQL.Types.Scalars;

namespace TraumaBondCms.GraphQL.Introspection;

/// <summary>
/// The meta-fields no type declares (https://spec.graphql.org/October2021/#sec-Schema-Introspection):
/// <c>__typename: String!</c> on every object, interface and union, and <c>__schema: __Schema!</c> and
/// <c>__type(name: String!): __Type</c> on the query root. Validation and execution look fields up through
/// <see cref="Find"/> so that these resolve like declared ones. Immutable and thread safe.
/// </summary>
public static class IntrospectionFields
{
    /// <summary><c>__typename: String!</c> (§4.4): the name of the object type being resolved.</summary>
    public static FieldDefinition TypeName { get; } = new(
        "__typename",
        "The name of the current object type.",
        new NonNullType(BuiltInScalars.String),
        [],
        null,
        context => new ValueTask<object?>(context.ParentType.Name));

    /// <summary><c>__schema: __Schema!</c> (§4.1): the schema being executed.</summary>
    public static FieldDefinition Schema { get; } = new(
        "__schema",
        "The schema: its types, root operation types and directives.",
        new NonNullType(IntrospectionTypes.Schema),
        [],
        null,
        context => new ValueTask<object?>(context.Schema));

    /// <summary><c>__type(name: String!): __Type</c> (§4.1): the named type, or null when the schema has none.</summary>
    public static FieldDefinition Type { get; } = new(
        "__type",
        "The type with the given name, or null.",
        IntrospectionTypes.Type,
        [new InputValueDefinition("name", "The type name.", new NonNullType(BuiltInScalars.String), null)],
        null,
        context => new ValueTask<object?>(context.Arguments.GetValueOrDefault("name") is string name ? context.Schema.GetType(name) : null));

    /// <summary>
    /// The field called <paramref name="fieldName"/> on <paramref name="parentType"/> as a selection sees it:
    /// <c>__typename</c> on any composite type, <c>__schema</c> and <c>__type</c> on the query root, otherwise the
    /// declared field; null when there is none (unions declare no fields).
    /// </summary>
    public static FieldDefinition? Find(Schema schema, NamedType parentType, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(parentType);
        ArgumentNullException.ThrowIfNull(fieldName);
        return fieldName switch
        {
            "__typename" when parentType.IsCompositeType => TypeName,
            "__schema" when ReferenceEquals(parentType, schema.QueryType) => Schema,
            "__type" when ReferenceEquals(parentType, schema.QueryType) => Type,
            _ => (parentType as ComplexOutputType)?.GetField(fieldName),
        };
    }
}
