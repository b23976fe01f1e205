using System.Runtime.CompilerServices;
using TraumaBondCms.GraphQL.Types;
using TraumaBondCms.GraphQL.Types.Scalars;

namespace TraumaBondCms.GraphQL.Validation;

/// <summary>
/// The introspection meta-fields every schema has implicitly (https://spec.graphql.org/October2021/#sec-Type-Name-Introspection
/// and #sec-Schema-Introspection): <c>__typename: String!</c> on every object, interface and union, and
/// <c>__schema: __Schema!</c> and <c>__type(name: String!): __Type</c> on the query root type, typed with the
/// schema's introspection types or else <see cref="IntrospectionTypes"/>. Built once per schema and cached;
/// thread safe.
/// </summary>
internal sealed class MetaFields
{
    private static readonly ConditionalWeakTable<Schema, MetaFields> Cache = [];

    private MetaFields(Schema schema)
    {
        var stringType = schema.GetType<ScalarType>("String") ?? BuiltInScalars.String;
        TypeName = new FieldDefinition("__typename", "The name of the object type of this value.", new NonNullType(stringType), [], null, null);
        if (IntrospectionTypes.Find(schema, "__Schema") is ObjectType schemaType)
        {
            Schema = new FieldDefinition("__schema", "Access the current type schema of this server.", new NonNullType(schemaType), [], null, null);
        }

        if (IntrospectionTypes.Find(schema, "__Type") is ObjectType typeType)
        {
            var name = new InputValueDefinition("name", null, new NonNullType(stringType), null);
            Type = new FieldDefinition("__type", "Request the type information of a single type.", typeType, [name], null, null);
        }
    }

    /// <summary><c>__typename: String!</c>.</summary>
    public FieldDefinition TypeName { get; }

    /// <summary><c>__schema: __Schema!</c>, or null when the schema has no <c>__Schema</c> type.</summary>
    public FieldDefinition? Schema { get; }

    /// <summary><c>__type(name: String!): __Type</c>, or null when the schema has no <c>__Type</c> type.</summary>
    public FieldDefinition? Type { get; }

    /// <summary>
    /// The definition of the field <paramref name="name"/> selected on <paramref name="parentType"/> (a composite
    /// type): a meta-field where one applies, otherwise the type's own field; null when there is none.
    /// </summary>
    public static FieldDefinition? Find(Schema schema, NamedType parentType, string name)
    {
        if (name.Length > 2 && name[0] == '_' && name[1] == '_')
        {
            var meta = Cache.GetValue(schema, static s => new MetaFields(s));
            switch (name)
            {
                case "__typename":
                    return meta.TypeName;
                case "__schema" when ReferenceEquals(parentType, schema.QueryTypeOrNull):
                    return meta.Schema;
                case "__type" when ReferenceEquals(parentType, schema.QueryTypeOrNull):
                    return meta.Type;
            }
        }

        return (parentType as ComplexOutputType)?.GetField(name);
    }
}
