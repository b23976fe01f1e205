using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.Web.GraphQL.SchemaGeneration;

/// <summary>
/// The <c>JSON</c> custom scalar (https://spec.graphql.org/October2021/#sec-Scalars.Custom-Scalars): any JSON value, written
/// as is. Output only here (a Markdown field's mdast tree); as input it takes any value. Immutable and thread-safe.
/// </summary>
public sealed class JsonType : ScalarType
{
    /// <summary>Creates the scalar.</summary>
    public JsonType()
        : base("JSON", "Any JSON value, e.g. the mdast syntax tree of a Markdown field.", "https://www.rfc-editor.org/rfc/rfc8259")
    {
    }
}
