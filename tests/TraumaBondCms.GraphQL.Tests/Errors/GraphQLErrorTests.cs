using System.Text.Json;
using TraumaBondCms.GraphQL.Errors;
using TraumaBondCms.GraphQL.Language;

namespace TraumaBondCms.GraphQL.Tests.Errors;

public class GraphQLErrorTests
{
    [Fact]
    public void Should_serialize_spec_fields_in_order_when_all_are_present()
    {
        var error = new GraphQLError(
            "Name for character with ID 1002 could not be fetched.",
            [new SourceLocation(6, 7)],
            ["hero", "heroFriends", 1, "name"],
            new Dictionary<string, object?> { ["code"] = "CAN_NOT_FETCH_BY_ID", ["timestamp"] = 42 });

        var json = error.ToJson();

        Assert.Equal(
            "{\"message\":\"Name for character with ID 1002 could not be fetched.\",\"locations\":[{\"line\":6,\"column\":7}],"
            + "\"path\":[\"hero\",\"heroFriends\",1,\"name\"],\"extensions\":{\"code\":\"CAN_NOT_FETCH_BY_ID\",\"timestamp\":42}}",
            json);
    }

    [Fact]
    public void Should_omit_locations_path_and_extensions_when_absent()
    {
        var json = JsonSerializer.Serialize(new[] { new GraphQLError("Oops.") });

        Assert.Equal("[{\"message\":\"Oops.\"}]", json);
    }

    [Fact]
    public void Should_carry_code_location_and_message_when_converting_a_syntax_error()
    {
        var syntaxError = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{\n  a(\n}"));

        var error = syntaxError.ToGraphQLError();

        Assert.Equal(ErrorCodes.ParseFailed, error.Code);
        Assert.Equal(
            "{\"message\":\"Syntax Error: Expected Name, found \\u0022}\\u0022.\",\"locations\":[{\"line\":3,\"column\":1}],\"extensions\":{\"code\":\"GRAPHQL_PARSE_FAILED\"}}",
            error.ToJson());
    }

    [Fact]
    public void Should_reject_path_segment_when_it_is_neither_name_nor_index()
    {
        Assert.Throws<ArgumentException>(() => new GraphQLError("Bad path.", path: ["a", 1.5]));
    }
}
