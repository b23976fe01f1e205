namespace TraumaBondCms.Web.Signing;

/// <summary><c>GET /.well-known/tbcms-signing-keys</c>: this server's public signing keys, current and retired, as a JSON Web Key Set. Anonymous.</summary>
public static class SigningKeyEndpoints
{
    /// <summary>The path of the key set.</summary>
    public const string Path = "/.well-known/tbcms-signing-keys";

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapSigningKeyEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (ServerSigningKeys keys) => TypedResults.Text(keys.Ring.PublicKeys.ToJwks(), "application/jwk-set+json"))
            .WithTags("Signing")
            .AllowAnonymous();
        return app;
    }
}
