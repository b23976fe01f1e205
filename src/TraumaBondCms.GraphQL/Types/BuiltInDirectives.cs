using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types.Scalars;

namespace TraumaBondCms.GraphQL.Types;

/// <summary>
/// The directives every schema includes (https://spec.graphql.org/October2021/#sec-Type-System.Directives.Built-in-Directives),
/// plus <c>@oneOf</c> from the OneOf Input Objects RFC. Shared, immutable instances.
/// </summary>
public static class BuiltInDirectives
{
    /// <summary>The reason <c>@deprecated</c> reports when none is given.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary><c>@skip(if: Boolean!)</c> on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT (§3.13.1).</summary>
    public static DirectiveDefinition Skip { get; } = Create(
        "skip",
        "Directs the executor to skip this field or fragment when the `if` argument is true.",
        [new InputValueDefinition("if", "Skipped when true.", new NonNullType(BuiltInScalars.Boolean), null)],
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment]);

    /// <summary><c>@include(if: Boolean!)</c> on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT (§3.13.2).</summary>
    public static DirectiveDefinition Include { get; } = Create(
        "include",
        "Directs the executor to include this field or fragment only when the `if` argument is true.",
        [new InputValueDefinition("if", "Included when true.", new NonNullType(BuiltInScalars.Boolean), null)],
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment]);

    /// <summary><c>@deprecated(reason: String = "No longer supported")</c> on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE (§3.13.3).</summary>
    public static DirectiveDefinition Deprecated { get; } = Create(
        "deprecated",
        "Marks an element of a GraphQL schema as no longer supported.",
        [DeprecationReasonArgument()],
        [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue]);

    /// <summary><c>@specifiedBy(url: String!)</c> on SCALAR (§3.13.4).</summary>
    public static DirectiveDefinition SpecifiedBy { get; } = Create(
        "specifiedBy",
        "Exposes a URL that specifies the behaviour of this scalar.",
        [new InputValueDefinition("url", "The URL that specifies the behaviour of this scalar.", new NonNullType(BuiltInScalars.String), null)],
        [DirectiveLocation.Scalar]);

    /// <summary><c>@oneOf</c> on INPUT_OBJECT: exactly one field of the input object must be given.</summary>
    public static DirectiveDefinition OneOf { get; } = Create(
        "oneOf",
        "Indicates exactly one field must be supplied and this field must not be `null`.",
        [],
        [DirectiveLocation.InputObject]);

    /// <summary>All built-in directives in spec order.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Skip, Include, Deprecated, SpecifiedBy, OneOf];

    /// <summary>The built-in directive named <paramref name="name"/>, or null.</summary>
    public static DirectiveDefinition? Find(string name) => All.FirstOrDefault(directive => directive.Name == name);

    private static InputValueDefinition DeprecationReasonArgument()
    {
        var reason = new InputValueDefinition(
            "reason",
            "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
            BuiltInScalars.String,
            null);
        reason.SetDefault(DefaultDeprecationReason, new StringValueNode { Value = DefaultDeprecationReason });
        return reason;
    }

    private static DirectiveDefinition Create(string name, string description, IReadOnlyList<InputValueDefinition> arguments, IReadOnlyList<DirectiveLocation> locations) =>
        new(name, description, arguments, locations, isRepeatable: false) { IsBuiltIn = true };
}
