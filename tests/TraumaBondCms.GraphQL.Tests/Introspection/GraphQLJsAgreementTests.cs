using System.Text.Json;
using TraumaBondCms.GraphQL.Tests.Http;
using TraumaBondCms.GraphQL.Tests.Types;
using TraumaBondCms.GraphQL.Types;
using TraumaBondCms.GraphQL.Types.Scalars;

namespace TraumaBondCms.GraphQL.Tests.Introspection;

// graphql-js as the oracle: it must build a valid client schema from our introspection response, and that
// schema must print exactly like our SchemaPrinter's SDL (both printed by graphql-js, whose layout of long
// descriptions and expanded input object defaults differ from ours only in form).
public sealed class GraphQLJsAgreementTests
{
    [Fact]
    public async Task Should_print_the_same_sdl_as_schema_printer_when_graphql_js_rebuilds_the_schema_from_introspection()
    {
        var schema = SchemaBuilder.FromSdl(ContentSchemaFixture.Sdl).AddScalarType(new DateTimeType()).Build();
        var sdlFile = Path.GetTempFileName();
        await File.WriteAllTextAsync(sdlFile, SchemaPrinter.Print(schema));
        await using var server = await GraphQLTestServer.StartAsync(schema);

        try
        {
            var output = JsonDocument.Parse(await NodeScript.RunAsync("introspect-to-sdl.mjs", server.Endpoint.ToString(), sdlFile)).RootElement;

            Assert.Equal(output.GetProperty("fromSdl").GetString(), output.GetProperty("introspected").GetString());
        }
        finally
        {
            File.Delete(sdlFile);
        }
    }
}
