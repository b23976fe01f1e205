using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types;
using TraumaBondCms.GraphQL.Types.Scalars;

namespace TraumaBondCms.GraphQL.Tests.Types;

public class SchemaTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl(ContentSchemaFixture.Sdl).AddScalarType(new DateTimeType()).Build();

    [Fact]
    public void Should_find_named_types_by_name_and_kind()
    {
        var article = Schema.GetType("Article");

        Assert.IsType<ObjectType>(article);
        Assert.Same(article, Schema.GetType<ObjectType>("Article"));
        Assert.Null(Schema.GetType<InterfaceType>("Article"));
        Assert.Null(Schema.GetType("Missing"));
    }

    [Fact]
    public void Should_list_types_in_definition_order_followed_by_built_in_scalars_and_introspection_types()
    {
        var names = Schema.Types.Select(type => type.Name);

        Assert.Equal(
            [
                "DateTime", "Node", "Content", "Article", "Faq", "SearchResult", "Query", "Mutation", "Format", "Status", "ArticleFilter", "ArticleBy", "Int", "Float", "String", "Boolean", "ID",
                "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation",
            ],
            names);
    }

    [Fact]
    public void Should_list_possible_types_of_unions_interfaces_and_objects()
    {
        var unionMembers = Schema.GetPossibleTypes(Schema.GetType("SearchResult")!);
        var implementors = Schema.GetPossibleTypes(Schema.GetType("Node")!);
        var itself = Schema.GetPossibleTypes(Schema.GetType("Faq")!);
        var none = Schema.GetPossibleTypes(Schema.GetType("Status")!);

        Assert.Equal(["Article", "Faq"], unionMembers.Select(type => type.Name));
        Assert.Equal(["Article", "Faq"], implementors.Select(type => type.Name));
        Assert.Equal(["Faq"], itself.Select(type => type.Name));
        Assert.Empty(none);
    }

    [Fact]
    public void Should_list_object_and_interface_implementations_of_an_interface()
    {
        var implementations = Schema.GetImplementations(Schema.GetType<InterfaceType>("Node")!);

        Assert.Equal(["Article", "Faq"], implementations.Objects.Select(type => type.Name));
        Assert.Equal(["Content"], implementations.Interfaces.Select(type => type.Name));
    }

    [Theory]
    [InlineData("SearchResult", "Article", true)]
    [InlineData("SearchResult", "Query", false)]
    [InlineData("Node", "Content", true)]
    [InlineData("Node", "Article", true)]
    [InlineData("Content", "Faq", false)]
    [InlineData("Article", "Article", false)]
    public void Should_answer_subtype_questions_for_abstract_types(string abstractType, string maybeSubType, bool expected)
    {
        var isSubType = Schema.IsSubType(Schema.GetType(abstractType)!, Schema.GetType(maybeSubType)!);

        Assert.Equal(expected, isSubType);
    }

    [Fact]
    public void Should_not_treat_a_same_named_type_of_another_schema_as_subtype()
    {
        var other = SchemaBuilder.FromSdl(ContentSchemaFixture.Sdl).AddScalarType(new DateTimeType()).Build();

        var isSubType = Schema.IsSubType(Schema.GetType("Node")!, other.GetType("Article")!);

        Assert.False(isSubType);
    }

    [Theory]
    [InlineData("[Article!]!", "[Article!]!")]
    [InlineData("ID", "ID")]
    [InlineData("[Missing]", null)]
    public void Should_resolve_type_references_when_types_exist(string reference, string? expected)
    {
        var type = Schema.GetTypeFromAst(Parser.ParseType(reference));

        Assert.Equal(expected, type?.ToString());
    }

    [Fact]
    public void Should_compare_wrapped_types_structurally()
    {
        var article = Schema.GetType("Article")!;

        var fromAst = Schema.GetTypeFromAst(Parser.ParseType("[Article!]"))!;

        Assert.Equal(new ListType(new NonNullType(article)), fromAst);
        Assert.NotEqual<GraphQLType>(new ListType(article), fromAst);
        Assert.Same(article, fromAst.GetNamedType());
        Assert.True(fromAst.IsOutputType && !fromAst.IsInputType && !fromAst.IsNonNull);
    }

    [Fact]
    public void Should_expose_roots_and_directives()
    {
        var roots = (Schema.GetRootType(OperationType.Query)?.Name, Schema.GetRootType(OperationType.Mutation)?.Name, Schema.GetRootType(OperationType.Subscription));

        Assert.Equal(("Query", "Mutation", (ObjectType?)null), roots);
        Assert.Equal(["skip", "include", "deprecated", "specifiedBy", "oneOf", "auth"], Schema.Directives.Select(directive => directive.Name));
        Assert.True(Schema.GetDirective("auth")!.IsRepeatable);
        Assert.Same(BuiltInDirectives.Skip, Schema.GetDirective("skip"));
        Assert.Equal([DirectiveLocation.FieldDefinition, DirectiveLocation.Object], Schema.GetDirective("auth")!.Locations);
    }

    [Fact]
    public void Should_not_use_default_root_names_when_a_schema_definition_names_roots()
    {
        var schema = SchemaBuilder.FromSdl("schema { query: Query } type Query { a: Int } type Mutation { b: Int }").Build();

        Assert.Null(schema.MutationType);
        Assert.NotNull(schema.GetType("Mutation"));
    }
}
