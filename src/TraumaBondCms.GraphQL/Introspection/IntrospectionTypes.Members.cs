using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Types;
using TraumaBondCms.GraphQL.Types.Scalars;

namespace TraumaBondCms.GraphQL.Introspection;

// §4.2 The fields of each introspection type.
public static partial class IntrospectionTypes
{
    private static readonly ScalarType String = BuiltInScalars.String;
    private static readonly ScalarType Boolean = BuiltInScalars.Boolean;

    // §4.2.1 __Schema.
    private static void CompleteSchema() => Schema.Complete(
        [
            Define("description", String, context => ((Types.Schema)context.Source!).Description),
            Define("types", ListOfNonNull(Type), context => ((Types.Schema)context.Source!).Types, "Every named type of the schema, introspection types included."),
            Define("queryType", NonNull(Type), context => ((Types.Schema)context.Source!).QueryType, "The root type of query operations."),
            Define("mutationType", Type, context => ((Types.Schema)context.Source!).MutationType, "The root type of mutation operations, or null when there are none."),
            Define("subscriptionType", Type, context => ((Types.Schema)context.Source!).SubscriptionType, "The root type of subscription operations, or null when there are none."),
            Define("directives", ListOfNonNull(Directive), context => ((Types.Schema)context.Source!).Directives, "Every directive the schema supports."),
        ],
        []);

    // §4.2.2 __Type, plus isOneOf (OneOf Input Objects RFC, as graphql-js 16 asks for it).
    private static void CompleteType() => Type.Complete(
        [
            Define("kind", NonNull(TypeKind), context => ((GraphQLType)context.Source!).Kind),
            Define("name", String, context => (context.Source as NamedType)?.Name),
            Define("description", String, context => (context.Source as NamedType)?.Description),
            Define(
                "fields",
                NullableListOfNonNull(Field),
                context => (context.Source as ComplexOutputType)?.Fields.Where(field => Includes(context, field.IsDeprecated)).ToList(),
                "Non-null for OBJECT and INTERFACE.",
                IncludeDeprecated()),
            Define("interfaces", NullableListOfNonNull(Type), context => (context.Source as ComplexOutputType)?.Interfaces, "Non-null for OBJECT and INTERFACE."),
            Define(
                "possibleTypes",
                NullableListOfNonNull(Type),
                context => context.Source is InterfaceType or UnionType ? context.Schema.GetPossibleTypes((NamedType)context.Source) : null,
                "Non-null for INTERFACE and UNION."),
            Define(
                "enumValues",
                NullableListOfNonNull(EnumValue),
                context => (context.Source as EnumType)?.Values.Where(value => Includes(context, value.IsDeprecated)).ToList(),
                "Non-null for ENUM.",
                IncludeDeprecated()),
            Define(
                "inputFields",
                NullableListOfNonNull(InputValue),
                context => (context.Source as InputObjectType)?.Fields.Where(field => Includes(context, field.IsDeprecated)).ToList(),
                "Non-null for INPUT_OBJECT.",
                IncludeDeprecated()),
            Define("ofType", Type, context => context.Source switch
            {
                ListType list => list.OfType,
                NonNullType nonNull => nonNull.OfType,
                _ => null,
            }, "Non-null for LIST and NON_NULL: the wrapped type."),
            Define("specifiedByURL", String, context => (context.Source as ScalarType)?.SpecifiedByUrl, "May be non-null for custom SCALAR: where its format is specified."),
            Define("isOneOf", Boolean, context => (context.Source as InputObjectType)?.IsOneOf, "Non-null for INPUT_OBJECT: whether exactly one field must be given."),
        ],
        []);

    // §4.2.3 __Field, §4.2.4 __InputValue, §4.2.5 __EnumValue, §4.2.6 __Directive.
    private static void CompleteMembers()
    {
        Field.Complete(
            [
                Define("name", NonNull(String), context => ((FieldDefinition)context.Source!).Name),
                Define("description", String, context => ((FieldDefinition)context.Source!).Description),
                Define("args", ListOfNonNull(InputValue), context => ((FieldDefinition)context.Source!).Arguments.Where(argument => Includes(context, argument.IsDeprecated)).ToList(), null, IncludeDeprecated()),
                Define("type", NonNull(Type), context => ((FieldDefinition)context.Source!).Type),
                Define("isDeprecated", NonNull(Boolean), context => ((FieldDefinition)context.Source!).IsDeprecated),
                Define("deprecationReason", String, context => ((FieldDefinition)context.Source!).DeprecationReason),
            ],
            []);
        InputValue.Complete(
            [
                Define("name", NonNull(String), context => ((InputValueDefinition)context.Source!).Name),
                Define("description", String, context => ((InputValueDefinition)context.Source!).Description),
                Define("type", NonNull(Type), context => ((InputValueDefinition)context.Source!).Type),
                Define(
                    "defaultValue",
                    String,
                    context => context.Source is InputValueDefinition { HasDefaultValue: true, DefaultValueLiteral: { } literal } ? Printer.Print(literal) : null,
                    "The default value as a GraphQL literal, or null when there is none."),
                Define("isDeprecated", NonNull(Boolean), context => ((InputValueDefinition)context.Source!).IsDeprecated),
                Define("deprecationReason", String, context => ((InputValueDefinition)context.Source!).DeprecationReason),
            ],
            []);
        EnumValue.Complete(
            [
                Define("name", NonNull(String), context => ((EnumValueDefinition)context.Source!).Name),
                Define("description", String, context => ((EnumValueDefinition)context.Source!).Description),
                Define("isDeprecated", NonNull(Boolean), context => ((EnumValueDefinition)context.Source!).IsDeprecated),
                Define("deprecationReason", String, context => ((EnumValueDefinition)context.Source!).DeprecationReason),
            ],
            []);
        Directive.Complete(
            [
                Define("name", NonNull(String), context => ((DirectiveDefinition)context.Source!).Name),
                Define("description", String, context => ((DirectiveDefinition)context.Source!).Description),
                Define("isRepeatable", NonNull(Boolean), context => ((DirectiveDefinition)context.Source!).IsRepeatable),
                Define("locations", ListOfNonNull(DirectiveLocation), context => ((DirectiveDefinition)context.Source!).Locations),
                Define("args", ListOfNonNull(InputValue), context => ((DirectiveDefinition)context.Source!).Arguments.Where(argument => Includes(context, argument.IsDeprecated)).ToList(), null, IncludeDeprecated()),
            ],
            []);
    }
}
