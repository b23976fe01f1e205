using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using TraumaBondCms.Data;
using TraumaBondCms.GraphQL.Execution;
using TraumaBondCms.GraphQL.Http;
using TraumaBondCms.GraphQL.Limits;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.GraphQL.Preview;
using TraumaBondCms.Web.GraphQL.Resolvers;
using TraumaBondCms.Web.GraphQL.SchemaGeneration;

namespace TraumaBondCms.Web.GraphQL.Http;

/// <summary>
/// <c>POST|GET /api/graphql</c>: the engine's GraphQL-over-HTTP handler, plus what the content API adds around it.
/// Anonymous requests (no bearer token, sign-in cookie or preview token) are answered from the published snapshot
/// (<see cref="PublishedResponseCache"/>) when it holds the response for the current content generation; otherwise the
/// request runs and a shareable result (no errors, nothing private read) is kept. Shareable GET responses carry a strong
/// <c>ETag</c> and <c>Cache-Control: public</c>, and <c>If-None-Match</c> gets 304; everything else is <c>no-store</c>.
/// Anonymous introspection can be turned off. Thread-safe; one instance serves every request.
/// </summary>
public sealed class ContentGraphQLHttpHandler
{
    /// <summary>The <see cref="HttpContext.Items"/> key of the request's <see cref="ContentRequestContext"/>.</summary>
    public const string RequestContextKey = "TraumaBondCms.GraphQL.RequestContext";

    /// <summary>The diagnostics header counting the database commands a request ran (when <see cref="ContentGraphQLOptions.ExposeSqlCommandCount"/> is on).</summary>
    public const string SqlCommandsHeader = "X-Sql-Commands";

    private const int MaxKeyedBodyBytes = 64 * 1024;
    private static readonly byte[] DataPrefix = "{\"data\""u8.ToArray();

    private readonly ContentSchemaProvider _schemas;
    private readonly PublishedGenerationGate _gate;
    private readonly PublishedResponseCache _cache;
    private readonly PreviewTokenService _previews;
    private readonly ICmsStore _store;
    private readonly RoleCatalog _roles;
    private readonly Localization.LocalizationCatalog _localization;
    private readonly ContentGraphQLOptions _options;
    private readonly GraphQLHttpHandler _open;
    private readonly GraphQLHttpHandler _closed;
    private readonly string _publicCacheControl;

    /// <summary>Creates the handler with the limits and persisted queries of <paramref name="options"/>.</summary>
    public ContentGraphQLHttpHandler(
        ContentSchemaProvider schemas,
        PublishedGenerationGate gate,
        PublishedResponseCache cache,
        PreviewTokenService previews,
        ICmsStore store,
        RoleCatalog roles,
        Localization.LocalizationCatalog localization,
        IOptions<ContentGraphQLOptions> options,
        ILogger<ContentGraphQLHttpHandler> logger)
    {
        (_schemas, _gate, _cache, _previews, _store, _roles, _options) = (schemas, gate, cache, previews, store, roles, options.Value);
        _localization = localization;
        var executor = new GraphQLExecutorOptions
        {
            Limits = QueryLimits.Default with { MaxDepth = _options.MaxDepth, MaxAliases = _options.MaxAliases, MaxCost = _options.MaxCost, DefaultListSize = _options.AssumedListSize },
            PersistedQueries = _options.PersistedQueries ? new PersistedQueryOptions() : null,
            MaxResponseBytes = _options.MaxResponseBytes,
            OnUnhandledException = (exception, error) => logger.LogError(exception, "A content GraphQL resolver failed at {Path}.", error.Path is null ? "(no path)" : string.Join('.', error.Path)),
        };
        _publicCacheControl = $"public, max-age={_options.CacheMaxAgeSeconds.ToString(CultureInfo.InvariantCulture)}, must-revalidate";
        var http = new GraphQLHttpOptions { Executor = executor, RequestContextFactory = CreateContext };
        _open = new GraphQLHttpHandler(schemas, http);
        _closed = new GraphQLHttpHandler(schemas, http with { Executor = executor with { EnableIntrospection = false, DocumentCache = new DocumentCache() } });
    }

    /// <summary>Handles one request.</summary>
    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        var shareable = IsAnonymous(http);
        var isGet = HttpMethods.IsGet(request.Method);
        string? key = null;
        long generation = 0;
        var schema = _schemas.Current;
        if (shareable && _cache.Enabled && (isGet || HttpMethods.IsPost(request.Method)))
        {
            key = await KeyAsync(http, isGet);
            if (key is not null)
            {
                generation = await _gate.CurrentAsync(http.RequestAborted);
                if (_cache.Find(key, schema, generation) is { } hit)
                {
                    await WriteAsync(http, hit.Body, hit.ContentType, StatusCodes.Status200OK, isGet ? hit.ETag : null, isGet, 0);
                    return;
                }
            }
        }

        var handler = shareable && !_options.AllowAnonymousIntrospection ? _closed : _open;
        var original = http.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        using var buffer = new MemoryStream();
        var capture = new StreamResponseBodyFeature(buffer);
        http.Features.Set<IHttpResponseBodyFeature>(capture);
        try
        {
            await handler.HandleAsync(http);
            await capture.CompleteAsync();
        }
        finally
        {
            http.Features.Set(original);
        }

        var context = http.Items[RequestContextKey] as ContentRequestContext;
        try
        {
            var body = buffer.ToArray();
            var share = shareable && http.Response.StatusCode == StatusCodes.Status200OK && context is { IsShareable: true } && body.AsSpan().StartsWith(DataPrefix);
            var etag = share ? ETagOf(body, http.Response.ContentType) : null;
            if (share && key is not null)
            {
                _cache.Add(key, new CachedResponse(body, http.Response.ContentType ?? "application/json", etag!, schema, context!.Generation ?? generation));
            }

            await WriteAsync(http, body, http.Response.ContentType, http.Response.StatusCode, isGet ? etag : null, share && isGet, context?.CommandCount ?? 0);
        }
        finally
        {
            if (context is not null)
            {
                await context.DisposeAsync();
            }
        }
    }

    // No bearer token, no sign-in cookie, no preview token: the response is the same for every such reader.
    private static bool IsAnonymous(HttpContext http) =>
        http.User.Identity?.IsAuthenticated != true
        && !http.Request.Headers.ContainsKey(HeaderNames.Authorization)
        && !http.Request.Headers.ContainsKey(PreviewTokenService.HeaderName)
        && !http.Request.Cookies.ContainsKey("tbcms.auth");

    private ValueTask<object?> CreateContext(HttpContext http)
    {
        var context = new ContentRequestContext(_store, _previews, CmsActor.From(http.User, _roles), http.Request.Headers[PreviewTokenService.HeaderName].FirstOrDefault(), IsAnonymous(http), _localization.Settings);
        http.Items[RequestContextKey] = context;
        return new ValueTask<object?>(context);
    }

    // The exact request: the media type asked for and the query string (GET) or the body (POST). Bodies are read here
    // and put back for the engine; large or unsized bodies are not keyed.
    private static async Task<string?> KeyAsync(HttpContext http, bool isGet)
    {
        var request = http.Request;
        if (isGet)
        {
            return string.Concat("G\n", request.Headers.Accept.ToString(), "\n", request.QueryString.Value);
        }

        if (request.ContentLength is > MaxKeyedBodyBytes or <= 0)
        {
            return null;
        }

        if (request.ContentLength is not { } length)
        {
            // A chunked body: buffered (in memory up to the key limit, beyond it on disk) so the engine can read it again.
            request.EnableBuffering(MaxKeyedBodyBytes);
            var buffered = new byte[MaxKeyedBodyBytes + 1];
            var count = await ReadAsync(request.Body, buffered, http.RequestAborted);
            request.Body.Position = 0;
            return count > MaxKeyedBodyBytes ? null : PostKey(request, buffered.AsSpan(0, count));
        }

        var body = new byte[length];
        var read = await ReadAsync(request.Body, body, http.RequestAborted);
        request.Body = new MemoryStream(body, 0, read, writable: false);
        return read < length ? null : PostKey(request, body);
    }

    private static string PostKey(HttpRequest request, ReadOnlySpan<byte> body) =>
        string.Concat("P\n", request.Headers.Accept.ToString(), "\n", request.ContentType, "\n", Encoding.UTF8.GetString(body));

    private static async Task<int> ReadAsync(Stream stream, byte[] buffer, CancellationToken cancellationToken)
    {
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        return read;
    }

    private async Task WriteAsync(HttpContext http, byte[] body, string? contentType, int status, string? etag, bool isPublic, int commands)
    {
        var response = http.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.Headers.Vary = HeaderNames.Accept;
        response.Headers.CacheControl = isPublic ? _publicCacheControl : "no-store";
        if (_options.ExposeSqlCommandCount)
        {
            response.Headers[SqlCommandsHeader] = commands.ToString(CultureInfo.InvariantCulture);
        }

        if (etag is not null)
        {
            response.Headers.ETag = etag;
            if (http.Request.Headers.IfNoneMatch.Count > 0 && Matches(http.Request.Headers.IfNoneMatch, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentType = null;
                return;
            }
        }

        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, http.RequestAborted);
    }

    // RFC 9110 §13.1.2: If-None-Match compares weakly, and "*" matches any current representation.
    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag) =>
        ifNoneMatch.Any(value => value is not null && value.Split(',').Any(t => t.Trim() is var tag && (tag == etag || tag == "*" || tag == "W/" + etag)));

    // The media type is hashed too: a JSON and a graphql-response+json answer of the same bytes are different
    // representations, and a strong ETag names exactly one (RFC 9110 §8.8.3).
    private static string ETagOf(byte[] body, string? contentType)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes((contentType ?? string.Empty) + "\n"));
        hash.AppendData(body);
        return "\"" + Convert.ToHexStringLower(hash.GetHashAndReset())[..32] + "\"";
    }
}
