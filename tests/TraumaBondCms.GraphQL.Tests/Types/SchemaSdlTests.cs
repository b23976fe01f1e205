using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Tests.Types;

public class SchemaSdlTests
{
    private const string ExtendedSdl = """
        type Query { node: Node }
        type Subscription { ping: Int }
        scalar Url
        interface Node { id: ID! }
        type Page { title: String }
        union Result = Page
        enum Color { RED }
        input Filter { text: String }

        extend schema { subscription: Subscription }
        extend scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")
        extend type Page implements Node { id: ID! }
        extend interface Node { slug: String }
        extend type Page { slug: String }
        extend union Result = Post
        extend enum Color { GREEN }
        extend input Filter @oneOf { tag: String }
        type Post implements Node { id: ID! slug: String }
        """;

    [Fact]
    public void Should_apply_every_kind_of_extension_when_loading_sdl()
    {
        var schema = SchemaBuilder.FromSdl(ExtendedSdl).Build();

        Assert.Equal("Subscription", schema.SubscriptionType?.Name);
        Assert.Equal("https://url.spec.whatwg.org/", schema.GetType<ScalarType>("Url")!.SpecifiedByUrl);
        Assert.Equal(["Node"], schema.GetType<ObjectType>("Page")!.Interfaces.Select(i => i.Name));
        Assert.Equal(["title", "id", "slug"], schema.GetType<ObjectType>("Page")!.Fields.Select(f => f.Name));
        Assert.Equal(["id", "slug"], schema.GetType<InterfaceType>("Node")!.Fields.Select(f => f.Name));
        Assert.Equal(["Page", "Post"], schema.GetType<UnionType>("Result")!.Types.Select(t => t.Name));
        Assert.Equal(["RED", "GREEN"], schema.GetType<EnumType>("Color")!.Values.Select(v => v.Name));
        Assert.True(schema.GetType<InputObjectType>("Filter")!.IsOneOf);
        Assert.Equal(["text", "tag"], schema.GetType<InputObjectType>("Filter")!.Fields.Select(f => f.Name));
    }

    [Fact]
    public void Should_map_descriptions_and_deprecations_when_loading_sdl()
    {
        var schema = SchemaBuilder.FromSdl("""
            "Root" type Query {
              "Old field" a(
                "Old argument" x: Int @deprecated(reason: "Use y.")
                y: Int
              ): Int @deprecated
              e: E
              f(i: In): Int
            }
            enum E { "First" A @deprecated(reason: "Use B.") B }
            input In { "Old" old: Int @deprecated new: Int }
            """).Build();

        var field = schema.QueryType.GetField("a")!;
        Assert.Equal(("Root", "Old field", "No longer supported"), (schema.QueryType.Description, field.Description, field.DeprecationReason));
        Assert.Equal(("Old argument", "Use y."), (field.GetArgument("x")!.Description, field.GetArgument("x")!.DeprecationReason));
        Assert.False(field.GetArgument("y")!.IsDeprecated);
        var value = schema.GetType<EnumType>("E")!.GetValue("A")!;
        Assert.Equal(("First", "Use B.", "A"), (value.Description, value.DeprecationReason, value.Value));
        Assert.True(schema.GetType<InputObjectType>("In")!.GetField("old")!.IsDeprecated);
    }

    [Fact]
    public void Should_reach_fixed_point_when_building_from_printed_sdl()
    {
        var printed = SchemaPrinter.Print(SchemaBuilder.FromSdl(ExtendedSdl).Build());

        var reprinted = SchemaPrinter.Print(SchemaBuilder.FromSdl(printed).Build());

        Assert.Equal(printed, reprinted);
        Assert.Contains("input Filter @oneOf {\n  text: String\n  tag: String\n}", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_extend_types_added_in_code_when_sdl_is_added_later()
    {
        var builder = new SchemaBuilder().AddObjectType("Query", query => query.Field("a", "Int"));

        var schema = builder.AddSdl("extend type Query { b: String }").Build();

        Assert.Equal(["a", "b"], schema.QueryType.Fields.Select(field => field.Name));
    }

    [Fact]
    public void Should_report_source_name_when_sdl_has_a_syntax_error()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => SchemaBuilder.FromSdl("type Query {", "content.graphql"));

        Assert.Equal(("content.graphql", new SourceLocation(1, 13)), (error.GraphQLSource.Name, error.Location));
    }
}
