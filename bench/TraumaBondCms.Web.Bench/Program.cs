// The baseline for bench/content-graphql.sh: the smallest ASP.NET Core app that answers GET and POST with the bytes
// the CMS answers the benchmark query with, so the script can compare the CMS's GraphQL endpoint with Kestrel itself.
// Usage: TraumaBondCms.Web.Bench --urls http://127.0.0.1:5101 --body response.json [--content-type "application/json; charset=utf-8"]
var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
var body = await File.ReadAllBytesAsync(app.Configuration["body"] ?? throw new InvalidOperationException("Pass --body <file> with the bytes to answer."));
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
