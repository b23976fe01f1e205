using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TraumaBondCms.GraphQL.Http;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Tests.Http;

/// <summary>A real Kestrel server on a free loopback port serving one GraphQL endpoint at <c>/graphql</c>.</summary>
public sealed class GraphQLTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GraphQLTestServer(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
        Client = new HttpClient { BaseAddress = endpoint, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri Endpoint { get; }

    public HttpClient Client { get; }

    internal static Task<GraphQLTestServer> StartAsync(Schema schema, GraphQLHttpOptions? options = null) =>
        StartAsync(new SwappableSchemaProvider(schema), options);

    internal static async Task<GraphQLTestServer> StartAsync(ISchemaProvider schemas, GraphQLHttpOptions? options = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGraphQL("/graphql", schemas, options);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new GraphQLTestServer(app, new Uri(address + "/graphql"));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
