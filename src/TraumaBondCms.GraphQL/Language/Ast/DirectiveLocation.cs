namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>
/// Where a directive may appear (https://spec.graphql.org/October2021/#DirectiveLocations). The
/// GraphQL names (e.g. <c>FIELD_DEFINITION</c>) come from <see cref="DirectiveLocationNames"/>.
/// </summary>
public enum DirectiveLocation
{
    /// <summary><c>QUERY</c>: on a query operation.</summary>
    Query,

    /// <summary><c>MUTATION</c>: on a mutation operation.</summary>
    Mutation,

    /// <summary><c>SUBSCRIPTION</c>: on a subscription operation.</summary>
    Subscription,

    /// <summary><c>FIELD</c>: on a field selection.</summary>
    Field,

    /// <summary><c>FRAGMENT_DEFINITION</c>: on a fragment definition.</summary>
    FragmentDefinition,

    /// <summary><c>FRAGMENT_SPREAD</c>: on a fragment spread.</summary>
    FragmentSpread,

    /// <summary><c>INLINE_FRAGMENT</c>: on an inline fragment.</summary>
    InlineFragment,

    /// <summary><c>VARIABLE_DEFINITION</c>: on a variable definition.</summary>
    VariableDefinition,

    /// <summary><c>SCHEMA</c>: on the schema definition.</summary>
    Schema,

    /// <summary><c>SCALAR</c>: on a scalar type.</summary>
    Scalar,

    /// <summary><c>OBJECT</c>: on an object type.</summary>
    Object,

    /// <summary><c>FIELD_DEFINITION</c>: on a field definition.</summary>
    FieldDefinition,

    /// <summary><c>ARGUMENT_DEFINITION</c>: on an argument definition.</summary>
    ArgumentDefinition,

    /// <summary><c>INTERFACE</c>: on an interface type.</summary>
    Interface,

    /// <summary><c>UNION</c>: on a union type.</summary>
    Union,

    /// <summary><c>ENUM</c>: on an enum type.</summary>
    Enum,

    /// <summary><c>ENUM_VALUE</c>: on an enum value.</summary>
    EnumValue,

    /// <summary><c>INPUT_OBJECT</c>: on an input object type.</summary>
    InputObject,

    /// <summary><c>INPUT_FIELD_DEFINITION</c>: on an input field definition.</summary>
    InputFieldDefinition,
}
