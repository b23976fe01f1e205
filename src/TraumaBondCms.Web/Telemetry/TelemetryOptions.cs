namespace TraumaBondCms.Web.Telemetry;

/// <summary>
/// The <c>Cms:Telemetry</c> section. Telemetry is off unless configured: on when <see cref="Enabled"/> is true, or when it
/// is unset and an OTLP endpoint is given (<see cref="OtlpEndpoint"/> or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>
/// environment variable). Off, the CMS registers no OpenTelemetry provider at all.
/// </summary>
public sealed class TelemetryOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string Section = "Cms:Telemetry";

    /// <summary>The standard environment variable (and configuration key) naming the collector.</summary>
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>True or false to decide explicitly; null (default) means "on when an OTLP endpoint is configured".</summary>
    public bool? Enabled { get; set; }

    /// <summary>The collector's base URL (e.g. <c>http://otel-collector:4317</c>); null to use <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> or OTLP's default.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary><c>grpc</c> (default, port 4317) or <c>http/protobuf</c> (port 4318) when <see cref="OtlpEndpoint"/> is set; otherwise <c>OTEL_EXPORTER_OTLP_PROTOCOL</c> decides.</summary>
    public string Protocol { get; set; } = "grpc";

    /// <summary>
    /// <c>Otlp</c> (default): traces, metrics and logs go to the collector. <c>None</c>: instrumentation on but no exporter,
    /// for hosts (and tests) that add their own with <c>ConfigureOpenTelemetryTracerProvider</c>.
    /// </summary>
    public string Exporter { get; set; } = "Otlp";

    /// <summary>The service name on every span and metric (<c>service.name</c>); <c>OTEL_SERVICE_NAME</c> overrides it.</summary>
    public string ServiceName { get; set; } = "traumabond-cms";

    /// <summary>
    /// The share of new traces recorded, from 0 to 1 (default <see cref="DefaultTraceSampleRatio"/>): a request without a
    /// <c>traceparent</c> starts a recorded trace with this probability, one with a <c>traceparent</c> follows its caller's
    /// decision (ParentBased(TraceIdRatioBased)); 1 records every request. Metrics always count everything. The standard
    /// <c>OTEL_TRACES_SAMPLER</c> / <c>OTEL_TRACES_SAMPLER_ARG</c> variables, when set, win over this setting.
    /// </summary>
    public double TraceSampleRatio { get; set; } = DefaultTraceSampleRatio;

    /// <summary>
    /// The default <see cref="TraceSampleRatio"/>: one new trace in ten. Tracing every request costs the cheapest request (an
    /// anonymous GraphQL read from the published snapshot) 8-20 % of its server CPU in <c>bench/content-graphql.sh</c>; one
    /// in ten keeps enough traces to follow a slow or failing path for a fraction of that (see docs/operations.md).
    /// </summary>
    public const double DefaultTraceSampleRatio = 0.1;

    /// <summary>How often the gauges read from the database (review queue, overdue re-reviews, unverified crisis resources, webhook backlog) are sampled. Default 30 seconds.</summary>
    public TimeSpan GaugeInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether telemetry is on for this configuration (see the class summary).</summary>
    public bool IsOn(IConfiguration configuration) =>
        Enabled ?? (!string.IsNullOrWhiteSpace(OtlpEndpoint) || !string.IsNullOrWhiteSpace(configuration[OtlpEndpointVariable]));
}
