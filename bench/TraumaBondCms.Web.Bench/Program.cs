// The baselines of the Kestrel benchmarks: the smallest ASP.NET Core app that
// - answers GET and POST with fixed bytes (bench/content-graphql.sh: the bytes the CMS answers the benchmark query with), or
// - serves a folder's files from disk with the static file middleware (bench/media-variants.sh: the variant the CMS serves).
// Usage: TraumaBondCms.Web.Bench --urls http://127.0.0.1:5101 --body response.json [--content-type "application/json; charset=utf-8"]
//        TraumaBondCms.Web.Bench --urls http://127.0.0.1:5101 --static DIR
using Microsoft.Extensions.FileProviders;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
if (app.Configuration["static"] is { } folder)
{
    app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(Path.GetFullPath(folder)) });
    await app.RunAsync();
    return;
}

var body = await File.ReadAllBytesAsync(app.Configuration["body"] ?? throw new InvalidOperationException("Pass --body <file> with the bytes to answer, or --static <folder>."));
var contentType = app.Configuration["content-type"] ?? "application/json; charset=utf-8";

app.MapGet("/", (HttpContext http) => WriteAsync(http));
app.MapPost("/", async (HttpContext http) =>
{
    // Read the request like a real endpoint would, then answer.
    await http.Request.Body.CopyToAsync(Stream.Null, http.RequestAborted);
    await WriteAsync(http);
});
await app.RunAsync();

Task WriteAsync(HttpContext http)
{
    http.Response.ContentType = contentType;
    http.Response.ContentLength = body.Length;
    return http.Response.Body.WriteAsync(body, http.RequestAborted).AsTask();
}
