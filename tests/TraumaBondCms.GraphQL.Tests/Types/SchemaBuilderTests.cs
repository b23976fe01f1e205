using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Types;
using TraumaBondCms.GraphQL.Types.Scalars;
using Format = TraumaBondCms.GraphQL.Tests.Types.ContentSchemaFixture.Format;
using Status = TraumaBondCms.GraphQL.Tests.Types.ContentSchemaFixture.Status;

namespace TraumaBondCms.GraphQL.Tests.Types;

public class SchemaBuilderTests
{
    [Fact]
    public void Should_print_the_same_sdl_when_schema_is_built_from_code_and_from_sdl()
    {
        var fromCode = SchemaPrinter.Print(ContentSchemaFixture.FromCode().Build());
        var fromSdl = SchemaPrinter.Print(SchemaBuilder.FromSdl(ContentSchemaFixture.Sdl).AddScalarType(new DateTimeType()).Build());

        Assert.Equal(ContentSchemaFixture.Sdl, fromCode);
        Assert.Equal(fromCode, fromSdl);
    }

    [Fact]
    public void Should_expose_fields_arguments_and_defaults_when_built_from_code()
    {
        var schema = ContentSchemaFixture.FromCode().Build();

        var related = schema.GetType<ObjectType>("Article")!.GetField("related")!;
        Assert.Equal("[Article!]!", related.Type.ToString());
        Assert.Equal(5, related.GetArgument("first")!.DefaultValue);
        Assert.Equal(Status.Published, ((IReadOnlyDictionary<string, object?>)related.GetArgument("filter")!.DefaultValue!)["status"]);
        Assert.Equal("{status: PUBLISHED}", Printer.Print(related.GetArgument("filter")!.DefaultValueLiteral!));
        Assert.Null(related.GetArgument("missing"));
        Assert.Null(schema.GetType<ObjectType>("Article")!.GetField("missing"));
    }

    [Fact]
    public void Should_coerce_sdl_defaults_to_internal_values_when_enums_have_them()
    {
        var builder = SchemaBuilder.FromSdl(ContentSchemaFixture.Sdl).AddScalarType(new DateTimeType());
        builder.GetEnumType("Format").GetValue("HTML").Value(Format.Html);

        var schema = builder.Build();

        var format = schema.GetType<ObjectType>("Article")!.GetField("body")!.GetArgument("format")!;
        Assert.Equal(Format.Html, format.DefaultValue);
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), schema.MutationType!.GetField("publish")!.GetArgument("at")!.DefaultValue);
    }

    [Fact]
    public async Task Should_run_attached_resolvers_when_attached_to_sdl_fields()
    {
        var builder = SchemaBuilder.FromSdl("type Query { greeting(name: String!): String! count: Int }")
            .Resolve("Query", "greeting", context => $"Hello, {context.Arguments["name"]}")
            .Resolve("Query", "count", async context => await Task.FromResult<object?>(context.Source));
        var schema = builder.Build();
        var greeting = schema.QueryType.GetField("greeting")!;
        var count = schema.QueryType.GetField("count")!;

        var greeted = await greeting.Resolver!(new StubResolveFieldContext(schema, schema.QueryType, greeting, null, new Dictionary<string, object?> { ["name"] = "Ana" }));
        var counted = await count.Resolver!(new StubResolveFieldContext(schema, schema.QueryType, count, 3));

        Assert.Equal(("Hello, Ana", 3), (greeted, counted));
    }

    [Fact]
    public void Should_fail_fast_when_attaching_a_resolver_to_a_missing_field()
    {
        var builder = SchemaBuilder.FromSdl("type Query { a: Int }");

        var error = Assert.Throws<InvalidOperationException>(() => builder.Resolve("Query", "b", _ => null));

        Assert.Equal("Type \"Query\" has no field \"b\".", error.Message);
        Assert.Throws<InvalidOperationException>(() => builder.Resolve("Missing", "a", _ => null));
    }

    [Fact]
    public void Should_keep_type_resolution_hooks_when_configured()
    {
        var builder = SchemaBuilder.FromSdl(ContentSchemaFixture.Sdl).AddScalarType(new DateTimeType());
        builder.GetInterfaceType("Node").ResolveType((value, _) => value is string ? "Faq" : "Article");
        builder.GetUnionType("SearchResult").ResolveType((_, _) => null);
        builder.GetObjectType("Faq").IsTypeOf((value, _) => value is string);

        var schema = builder.Build();

        Assert.Equal("Faq", schema.GetType<InterfaceType>("Node")!.ResolveType!("faq", null!));
        Assert.Null(schema.GetType<UnionType>("SearchResult")!.ResolveType!("x", null!));
        Assert.True(schema.GetType<ObjectType>("Faq")!.IsTypeOf!("faq", null!));
        Assert.Null(schema.GetType<ObjectType>("Article")!.IsTypeOf);
    }

    [Fact]
    public void Should_use_types_named_query_mutation_and_subscription_when_roots_are_not_named()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int } type Mutation { b: Int } type Subscription { c: Int }").Build();

        Assert.Equal(("Query", "Mutation", "Subscription"), (schema.QueryType.Name, schema.MutationType?.Name, schema.SubscriptionType?.Name));
    }

    [Fact]
    public void Should_include_string_boolean_and_only_referenced_built_in_scalars_when_building_the_type_map()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int }").Build();

        Assert.Equal(["Query", "Int", "String", "Boolean"], schema.Types.Where(type => !type.Name.StartsWith("__", StringComparison.Ordinal)).Select(type => type.Name));
        Assert.Same(BuiltInScalars.Int, schema.GetType("Int"));
        Assert.Null(schema.GetType("Float"));
    }

    [Fact]
    public void Should_bind_scalar_implementation_when_added_before_or_after_the_sdl_declaration()
    {
        var after = SchemaBuilder.FromSdl("scalar DateTime type Query { at: DateTime }").AddScalarType(new DateTimeType()).Build();
        var before = new SchemaBuilder().AddScalarType(new DateTimeType()).AddSdl("scalar DateTime type Query { at: DateTime }").Build();
        var declaredOnly = SchemaBuilder.FromSdl("scalar Url type Query { at: Url }").Build();

        Assert.IsType<DateTimeType>(after.GetType("DateTime"));
        Assert.IsType<DateTimeType>(before.GetType("DateTime"));
        Assert.Equal("https://x", declaredOnly.GetType<ScalarType>("Url")!.ParseValue("https://x"));
    }

    [Fact]
    public void Should_resolve_input_defaults_that_depend_on_other_defaults_when_building()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a(outer: Outer = {}): Int } input Outer { inner: Inner = {} } input Inner { size: Int = 5 }").Build();

        var outer = (IReadOnlyDictionary<string, object?>)schema.QueryType.GetField("a")!.GetArgument("outer")!.DefaultValue!;

        Assert.Equal(5, ((IReadOnlyDictionary<string, object?>)outer["inner"]!)["size"]);
    }

    [Fact]
    public void Should_reject_type_text_when_it_is_not_a_graphql_type_reference()
    {
        var builder = new SchemaBuilder();

        var error = Assert.Throws<ArgumentException>(() => builder.AddObjectType("Query", query => query.Field("a", "[Int")));

        Assert.StartsWith("\"[Int\" is not a GraphQL type reference: Expected \"]\", found <EOF>.", error.Message);
    }

    [Fact]
    public void Should_build_independent_schemas_when_the_builder_is_built_twice()
    {
        var builder = SchemaBuilder.FromSdl("type Query { a: Int }");

        var first = builder.Build();
        builder.GetObjectType("Query").Field("b", "Int");
        var second = builder.Build();

        Assert.Null(first.QueryType.GetField("b"));
        Assert.NotNull(second.QueryType.GetField("b"));
    }
}
