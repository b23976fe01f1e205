namespace TraumaBondCms.Web.GraphQL;

/// <summary>The <c>Cms:GraphQL</c> configuration section: the content GraphQL API at <c>/api/graphql</c>.</summary>
public sealed class ContentGraphQLOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string Section = "Cms:GraphQL";

    /// <summary>Front-end origins allowed to call the API from a browser (CORS), e.g. <c>https://library.example.org</c>; <c>*</c> allows any. Default none.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Serve the developers' page <c>/graphiql</c>: true or false; null (the default) serves it in the Development environment only.</summary>
    public bool? GraphiQL { get; set; }

    /// <summary>Let anonymous callers introspect the schema (<c>__schema</c>, <c>__type</c>). Signed-in users always may. Default true.</summary>
    public bool AllowAnonymousIntrospection { get; set; } = true;

    /// <summary>The deepest field nesting allowed (the standard introspection query needs 15). Default 15.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>The most aliased fields in one operation. Default 30.</summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>The highest estimated cost of one operation (each object field costs 1, times the list sizes it sits in). Default 50,000.</summary>
    public long MaxCost { get; set; } = 50_000;

    /// <summary>
    /// The largest response execution may build, in bytes of JSON; past it execution stops and the response is
    /// <c>data: null</c> with the error code <c>RESPONSE_TOO_LARGE</c>. Backs up the cost limit, which counts objects, not
    /// the length of their text. Default 10 MiB.
    /// </summary>
    public long MaxResponseBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>The list size assumed, for the cost estimate, for list fields that declare no bound (content lists and relations all do: their page size or their definition's <c>maxItems</c>). Default 20.</summary>
    public int AssumedListSize { get; set; } = 20;

    /// <summary>The page size when a list query gives neither <c>first</c> nor <c>last</c>. Default 20.</summary>
    public int DefaultPageSize { get; set; } = 20;

    /// <summary>The largest <c>first</c> or <c>last</c> accepted. Default 100.</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>Accept Apollo persisted queries (<c>extensions.persistedQuery</c>). Default true.</summary>
    public bool PersistedQueries { get; set; } = true;

    /// <summary>How many distinct anonymous responses the published snapshot keeps. 0 turns the snapshot off. Default 2,000.</summary>
    public int ResponseCacheEntries { get; set; } = 2_000;

    /// <summary>The most bytes of response bodies the snapshot keeps in all. Default 64 MiB.</summary>
    public long ResponseCacheBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>The largest response body kept in the snapshot, in bytes. Default 1 MiB.</summary>
    public int MaxCachedResponseBytes { get; set; } = 1_048_576;

    /// <summary>
    /// How long the snapshot trusts the database's content generation before reading it again when this process has
    /// committed nothing meanwhile: the delay before changes made by another process (the command line, a second
    /// instance) are seen. Zero reads it on every request. Changes made by this process are seen at once. Default 1 s.
    /// </summary>
    public TimeSpan SnapshotRecheckInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The <c>max-age</c> of shareable GET responses; browsers and CDNs revalidate with <c>If-None-Match</c> after it. Default 0.</summary>
    public int CacheMaxAgeSeconds { get; set; }

    /// <summary>Add an <c>X-Sql-Commands</c> response header counting the database commands the request ran (diagnostics and tests). Default false.</summary>
    public bool ExposeSqlCommandCount { get; set; }

    /// <summary>The lifetime of a preview token created without one. Default 3 days.</summary>
    public TimeSpan DefaultPreviewTokenLifetime { get; set; } = TimeSpan.FromDays(3);

    /// <summary>The longest lifetime a preview token may be given. Default 30 days.</summary>
    public TimeSpan MaxPreviewTokenLifetime { get; set; } = TimeSpan.FromDays(30);
}
