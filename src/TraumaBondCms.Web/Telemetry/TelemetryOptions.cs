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
    /// The share of traces recorded, from 0 to 1 (default 1: every request). Below 1, a request starts a recorded trace with
    /// this probability and follows its caller's decision when it carries a <c>traceparent</c>; metrics always count
    /// everything. A busy site keeps tracing's cost down with e.g. 0.1.
    /// </summary>
    public double TraceSampleRatio { get; set; } = 1;

    /// <summary>How often the gauges read from the database (review queue, overdue re-reviews, unverified crisis resources, webhook backlog) are sampled. Default 30 seconds.</summary>
    public TimeSpan GaugeInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether telemetry is on for this configuration (see the class summary).</summary>
    public bool IsOn(IConfiguration configuration) =>
        Enabled ?? (!string.IsNullOrWhiteSpace(OtlpEndpoint) || !string.IsNullOrWhiteSpace(configuration[OtlpEndpointVariable]));
}
