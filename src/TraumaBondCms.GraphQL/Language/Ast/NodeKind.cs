namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>The concrete kind of an AST <see cref="Node"/>, one per node class, for fast dispatch.</summary>
public enum NodeKind
{
    /// <summary>A name (spec §2.1.9).</summary>
    Name,

    /// <summary>A whole GraphQL document: one or more definitions (spec §2.2).</summary>
    Document,

    /// <summary>An operation: <c>query</c>, <c>mutation</c> or <c>subscription</c>, or the query shorthand <c>{ ... }</c> (spec §2.3).</summary>
    OperationDefinition,

    /// <summary>A named fragment: <c>fragment Name on Type { ... }</c> (spec §2.8).</summary>
    FragmentDefinition,

    /// <summary>A variable declaration <c>$name: Type = default @directives</c> (spec §2.10).</summary>
    VariableDefinition,

    /// <summary>A braced list of selections (spec §2.4).</summary>
    SelectionSet,

    /// <summary>A field selection <c>alias: name(args) @directives { ... }</c> (spec §2.5).</summary>
    Field,

    /// <summary>A fragment spread <c>...Name @directives</c> (spec §2.8).</summary>
    FragmentSpread,

    /// <summary>An inline fragment <c>... on Type @directives { ... }</c> (spec §2.8.2).</summary>
    InlineFragment,

    /// <summary>An argument <c>name: value</c> of a field or directive (spec §2.6).</summary>
    Argument,

    /// <summary>A directive application <c>@name(args)</c> (spec §2.12).</summary>
    Directive,

    /// <summary>A variable reference <c>$name</c> (spec §2.10).</summary>
    Variable,

    /// <summary>An integer literal (spec §2.9.1); kept as source text so no precision is lost.</summary>
    IntValue,

    /// <summary>A float literal (spec §2.9.2); kept as source text so no precision is lost.</summary>
    FloatValue,

    /// <summary>A string literal (spec §2.9.4), quoted or block.</summary>
    StringValue,

    /// <summary><c>true</c> or <c>false</c> (spec §2.9.3).</summary>
    BooleanValue,

    /// <summary>The literal <c>null</c> (spec §2.9.5).</summary>
    NullValue,

    /// <summary>An enum literal: a name other than <c>true</c>, <c>false</c> or <c>null</c> (spec §2.9.6).</summary>
    EnumValue,

    /// <summary>A list literal <c>[a, b]</c> (spec §2.9.7).</summary>
    ListValue,

    /// <summary>An input object literal <c>{a: 1}</c> (spec §2.9.8).</summary>
    ObjectValue,

    /// <summary>One <c>name: value</c> entry of an input object literal (spec §2.9.8).</summary>
    ObjectField,

    /// <summary>A reference to a named type (spec §2.11).</summary>
    NamedType,

    /// <summary>A list type reference <c>[Type]</c> (spec §2.11).</summary>
    ListType,

    /// <summary>A non-null type reference <c>Type!</c> (spec §2.11); wraps a named or list type, never another non-null.</summary>
    NonNullType,

    /// <summary><c>schema { query: Q ... }</c> (spec §3.3).</summary>
    SchemaDefinition,

    /// <summary>One <c>operation: Type</c> entry of a schema definition or extension (spec §3.3.1).</summary>
    OperationTypeDefinition,

    /// <summary><c>scalar Name</c> (spec §3.5).</summary>
    ScalarTypeDefinition,

    /// <summary><c>type Name implements I { fields }</c> (spec §3.6).</summary>
    ObjectTypeDefinition,

    /// <summary><c>interface Name implements I { fields }</c> (spec §3.7).</summary>
    InterfaceTypeDefinition,

    /// <summary><c>union Name = A | B</c> (spec §3.8).</summary>
    UnionTypeDefinition,

    /// <summary><c>enum Name { VALUES }</c> (spec §3.9).</summary>
    EnumTypeDefinition,

    /// <summary><c>input Name { fields }</c> (spec §3.10).</summary>
    InputObjectTypeDefinition,

    /// <summary>A field of an object or interface type: <c>name(args): Type @directives</c> (spec §3.6).</summary>
    FieldDefinition,

    /// <summary>An argument or input field definition: <c>name: Type = default @directives</c> (spec §3.6.1).</summary>
    InputValueDefinition,

    /// <summary>One value of an enum definition (spec §3.9).</summary>
    EnumValueDefinition,

    /// <summary><c>directive @name(args) repeatable on LOCATIONS</c> (spec §3.13).</summary>
    DirectiveDefinition,

    /// <summary><c>extend schema @directives { query: Q }</c> (spec §3.3.2).</summary>
    SchemaExtension,

    /// <summary><c>extend scalar Name @directives</c> (spec §3.5.1).</summary>
    ScalarTypeExtension,

    /// <summary><c>extend type Name implements I { fields }</c> (spec §3.6.3).</summary>
    ObjectTypeExtension,

    /// <summary><c>extend interface Name implements I { fields }</c> (spec §3.7.1).</summary>
    InterfaceTypeExtension,

    /// <summary><c>extend union Name = C</c> (spec §3.8.1).</summary>
    UnionTypeExtension,

    /// <summary><c>extend enum Name { VALUES }</c> (spec §3.9.1).</summary>
    EnumTypeExtension,

    /// <summary><c>extend input Name { fields }</c> (spec §3.10.1).</summary>
    InputObjectTypeExtension,
}
