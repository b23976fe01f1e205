using System.Text.Json;
using Microsoft.AspNetCore.Http;
using TraumaBondCms.GraphQL.Errors;
using TraumaBondCms.GraphQL.Execution;

namespace TraumaBondCms.GraphQL.Http;

/// <summary>
/// Serves GraphQL over HTTP (https://graphql.github.io/graphql-over-http/draft/): POST with an
/// <c>application/json</c> body, and GET for queries with URL parameters. Answers in
/// <c>application/graphql-response+json</c> when the client's <c>Accept</c> prefers it (request errors get 400,
/// executed results 200) or in <c>application/json</c> (200 for every GraphQL response). Malformed requests get
/// 400, oversized bodies 413, other content types 415, unacceptable <c>Accept</c> 406, mutations over GET and
/// other methods 405 with <c>Allow</c>. Execution stops when the client disconnects. Thread safe; one instance
/// serves all requests of an endpoint.
/// </summary>
public sealed class GraphQLHttpHandler
{
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };
    private readonly ISchemaProvider _schemaProvider;
    private readonly GraphQLHttpOptions _options;

    /// <summary>Creates the handler; null options mean <c>new GraphQLHttpOptions()</c>.</summary>
    public GraphQLHttpHandler(ISchemaProvider schemaProvider, GraphQLHttpOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schemaProvider);
        _schemaProvider = schemaProvider;
        _options = options ?? new GraphQLHttpOptions();
        Executor = new GraphQLExecutor(_options.Executor);
    }

    /// <summary>The executor requests run on (its document cache is shared by all requests of this endpoint).</summary>
    public GraphQLExecutor Executor { get; }

    /// <summary>Handles one HTTP request to the GraphQL endpoint.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        var mediaType = MediaTypes.Negotiate(request.Headers.Accept);
        if (mediaType is null)
        {
            await WriteProblemAsync(context, StatusCodes.Status406NotAcceptable, MediaTypes.Json, $"Accept {MediaTypes.GraphQLResponse} or {MediaTypes.Json}.").ConfigureAwait(false);
            return;
        }

        var isGet = HttpMethods.IsGet(request.Method);
        if (!(isGet && _options.AllowGet) && !HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = _options.AllowGet ? "GET, POST" : "POST";
            await WriteProblemAsync(context, StatusCodes.Status405MethodNotAllowed, mediaType, $"GraphQL requests use {(_options.AllowGet ? "GET or POST" : "POST")}.").ConfigureAwait(false);
            return;
        }

        if (!isGet && !MediaTypes.IsJsonContent(request.ContentType))
        {
            await WriteProblemAsync(context, StatusCodes.Status415UnsupportedMediaType, mediaType, $"Send the request body as {MediaTypes.Json} in UTF-8.").ConfigureAwait(false);
            return;
        }

        using var reading = isGet
            ? HttpRequestReader.ReadGet(request)
            : await HttpRequestReader.ReadPostAsync(request, _options.MaxRequestBodyBytes, context.RequestAborted).ConfigureAwait(false);
        if (reading.Request is null)
        {
            await WriteProblemAsync(context, reading.StatusCode, mediaType, reading.Problem!).ConfigureAwait(false);
            return;
        }

        var schema = await _schemaProvider.GetSchemaAsync(context).ConfigureAwait(false);
        var scope = new ExecutionScope
        {
            Services = context.RequestServices,
            RequestContext = _options.RequestContextFactory is { } factory ? await factory(context).ConfigureAwait(false) : null,
            AllowMutations = !isGet,
        };
        ExecutionResult result;
        try
        {
            result = await Executor.ExecuteAsync(schema, reading.Request, scope, context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away: there is nobody to answer.
            return;
        }

        if (isGet && result.IsRequestError && HasCode(result, ExecutionErrorCodes.OperationNotAllowed))
        {
            context.Response.Headers.Allow = "POST";
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        }
        else
        {
            context.Response.StatusCode = StatusCodeOf(result, mediaType);
        }

        await WriteResultAsync(context, mediaType, result).ConfigureAwait(false);
    }

    // GraphQL-over-HTTP §7.1 (application/json): 200 for any GraphQL response. §7.2 (graphql-response+json):
    // a response without data is a request error, 400; with data, 200. Malformed requests are 400 under both.
    private static int StatusCodeOf(ExecutionResult result, string mediaType)
    {
        if (!result.IsRequestError)
        {
            return StatusCodes.Status200OK;
        }

        if (HasCode(result, ExecutionErrorCodes.BadRequest))
        {
            return StatusCodes.Status400BadRequest;
        }

        return mediaType == MediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
    }

    private static bool HasCode(ExecutionResult result, string code) => result.Errors.Any(error => error.Code == code);

    private static Task WriteProblemAsync(HttpContext context, int statusCode, string mediaType, string message)
    {
        context.Response.StatusCode = statusCode;
        return WriteResultAsync(context, mediaType, ExecutionResult.FromError(GraphQLError.WithCode(message, ExecutionErrorCodes.BadRequest)));
    }

    private static async Task WriteResultAsync(HttpContext context, string mediaType, ExecutionResult result)
    {
        var response = context.Response;
        response.ContentType = mediaType + "; charset=utf-8";
        response.Headers.Vary = "Accept";
        await using (var writer = new Utf8JsonWriter(response.BodyWriter, WriterOptions))
        {
            result.WriteTo(writer);
        }

        await response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }
}
