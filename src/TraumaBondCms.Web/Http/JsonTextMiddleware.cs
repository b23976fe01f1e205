using Microsoft.AspNetCore.Http.Metadata;
using TraumaBondCms.Core.Content;
using TraumaBondCms.GraphQL.Http;

namespace TraumaBondCms.Web.Http;

/// <summary>
/// Before an endpoint that takes a JSON body runs, checks that every string in the body is Unicode text and answers
/// 400 naming the property otherwise (<see cref="JsonTextCheck"/>). System.Text.Json binds a body holding an unpaired
/// surrogate escape (<c>"\ud800"</c>) or bytes that are not UTF-8, and throws only when the endpoint reads the string,
/// which would be a 500. Runs after authorization, so callers who may not use the endpoint learn nothing from it. The
/// GraphQL endpoint checks its own body and answers in GraphQL's format.
/// </summary>
public sealed class JsonTextMiddleware(RequestDelegate next)
{
    /// <summary>Checks the body of JSON requests to JSON endpoints, then calls the next middleware.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.HasJsonContentType()
            || context.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>() is not { } accepts
            || !accepts.ContentTypes.Any(type => type.Contains("json", StringComparison.OrdinalIgnoreCase)))
        {
            await next(context);
            return;
        }

        // Bounded by the request body limit (RequestBodyLimitMiddleware and Kestrel), so memory is too.
        var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        if (JsonTextCheck.TryFindUndecodable(body.GetBuffer().AsSpan(0, (int)body.Length), out var path, out var message))
        {
            throw ContentValidationException.For(path.Length == 0 ? "body" : path, message);
        }

        body.Position = 0;
        context.Request.Body = body;
        context.Response.RegisterForDisposeAsync(body);
        await next(context);
    }
}
