using System.Text.Json;
using System.Text.Json.Serialization;

namespace TraumaBondCms.GraphQL.Errors;

/// <summary>
/// Writes <see cref="GraphQLError"/> in the spec's response shape (§7.1.2). Errors are produced by the
/// server, never read back, so reading is not supported.
/// </summary>
public sealed class GraphQLErrorJsonConverter : JsonConverter<GraphQLError>
{
    /// <summary>Always throws: GraphQL errors are written, not parsed.</summary>
    /// <exception cref="NotSupportedException">Always.</exception>
    public override GraphQLError Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("GraphQL errors are written to responses, not read from JSON.");

    /// <summary>Writes the error via <see cref="GraphQLError.WriteTo"/>.</summary>
    public override void Write(Utf8JsonWriter writer, GraphQLError value, JsonSerializerOptions options) =>
        value.WriteTo(writer, options);
}
