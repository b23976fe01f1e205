using TraumaBondCms.GraphQL.Types;
using static TraumaBondCms.GraphQL.Tests.Execution.ExecutionHarness;

namespace TraumaBondCms.GraphQL.Tests.Execution;

// §6.4.4 Handling Field Errors: an error makes its field null, or its nearest nullable ancestor when the field is non-null.
public sealed class NullPropagationTests
{
    private const string Sdl = """
        type Query {
          author: Author
          requiredAuthor: Author!
          tags: [String]
          requiredTags: [String!]
          matrix: [[Int!]]
          requiredMatrix: [[Int!]!]
          note: String
        }

        type Author {
          name: String!
          nickname: String
          books: [Book!]
        }

        type Book {
          title: String!
        }
        """;

    private static readonly Schema Schema = SchemaBuilder.FromSdl(Sdl)
        .Resolve("Query", "author", _ => new Dictionary<string, object?> { ["name"] = null, ["nickname"] = "Sam" })
        .Resolve("Query", "requiredAuthor", _ => new Dictionary<string, object?> { ["name"] = null })
        .Resolve("Query", "tags", _ => new[] { "a", null, "c" })
        .Resolve("Query", "requiredTags", _ => new[] { "a", null, "c" })
        .Resolve("Query", "matrix", _ => new int?[][] { [1, 2], [3, null], [5] })
        .Resolve("Query", "requiredMatrix", _ => new int?[][] { [1], [null] })
        .Resolve("Query", "note", _ => "kept")
        .Build();

    [Fact]
    public async Task Should_null_the_nullable_parent_when_a_non_null_field_returns_null()
    {
        await AssertResponseAsync(
            Schema,
            "{ author { nickname name } note }",
            """{"errors":[{"message":"Cannot return null for non-nullable field \"Author.name\".","locations":[{"line":1,"column":21}],"path":["author","name"]}],"data":{"author":null,"note":"kept"}}""");
    }

    [Fact]
    public async Task Should_null_data_when_the_error_reaches_a_non_null_root_field()
    {
        await AssertResponseAsync(
            Schema,
            "{ note requiredAuthor { name } }",
            """{"errors":[{"message":"Cannot return null for non-nullable field \"Author.name\".","locations":[{"line":1,"column":25}],"path":["requiredAuthor","name"]}],"data":null}""");
    }

    [Fact]
    public async Task Should_null_only_the_item_when_list_items_are_nullable()
    {
        await AssertResponseAsync(Schema, "{ tags }", """{"data":{"tags":["a",null,"c"]}}""");
    }

    [Fact]
    public async Task Should_null_the_whole_list_with_an_indexed_path_when_a_non_null_item_is_null()
    {
        await AssertResponseAsync(
            Schema,
            "{ requiredTags }",
            """{"errors":[{"message":"Cannot return null for non-nullable field \"Query.requiredTags\".","locations":[{"line":1,"column":3}],"path":["requiredTags",1]}],"data":{"requiredTags":null}}""");
    }

    [Fact]
    public async Task Should_null_the_inner_list_when_a_list_of_lists_has_a_null_non_null_item()
    {
        await AssertResponseAsync(
            Schema,
            "{ matrix }",
            """{"errors":[{"message":"Cannot return null for non-nullable field \"Query.matrix\".","locations":[{"line":1,"column":3}],"path":["matrix",1,1]}],"data":{"matrix":[[1,2],null,[5]]}}""");
    }

    [Fact]
    public async Task Should_null_the_outer_list_when_inner_lists_are_non_null()
    {
        await AssertResponseAsync(
            Schema,
            "{ requiredMatrix note }",
            """{"errors":[{"message":"Cannot return null for non-nullable field \"Query.requiredMatrix\".","locations":[{"line":1,"column":3}],"path":["requiredMatrix",1,0]}],"data":{"requiredMatrix":null,"note":"kept"}}""");
    }

    [Fact]
    public async Task Should_report_one_error_when_null_propagates_through_several_non_null_levels()
    {
        var schema = SchemaBuilder.FromSdl("type Query { shelf: Shelf } type Shelf { books: [Book!]! } type Book { title: String! }")
            .Resolve("Query", "shelf", _ => new { Books = new[] { new { Title = (string?)"One" }, new { Title = (string?)null } } })
            .Build();

        var result = await ExecuteAsync(schema, "{ shelf { books { title } } }");

        AssertJson("""{"errors":[{"message":"Cannot return null for non-nullable field \"Book.title\".","locations":[{"line":1,"column":19}],"path":["shelf","books",1,"title"]}],"data":{"shelf":null}}""", result.ToJson());
    }
}
