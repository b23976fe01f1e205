using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using TraumaBondCms.Data;
using TraumaBondCms.GraphQL.Execution;

namespace TraumaBondCms.Web.Telemetry;

/// <summary>Registers OpenTelemetry when <see cref="TelemetryOptions"/> says it is on; otherwise registers nothing.</summary>
public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The standard variable choosing the sampler (<c>parentbased_traceidratio</c>, <c>always_on</c>, ...); set, it wins over <see cref="TelemetryOptions.TraceSampleRatio"/>.</summary>
    public const string SamplerVariable = "OTEL_TRACES_SAMPLER";

    // The ASP.NET Core meters the operator asked for: request rate and latency (Hosting), connections (Kestrel), unhandled
    // exceptions (Diagnostics) and rate limiting. AddAspNetCoreInstrumentation() would also listen to Routing,
    // Authentication, Authorization and MemoryPool, each of which records on every request or rented buffer: CPU on the
    // hot path (bench/content-graphql.sh) for figures the operations metrics do not need.
    private static readonly string[] AspNetCoreMeters =
        ["Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Diagnostics", "Microsoft.AspNetCore.RateLimiting"];

    /// <summary>
    /// Traces: requests (ASP.NET Core, health probes left out), GraphQL operations, database commands (Npgsql's, and
    /// <see cref="DataDiagnostics"/> for SQLite), search and webhook deliveries. Metrics: request rate and latency (ASP.NET
    /// Core and Kestrel), GraphQL operations and errors by code, cache lookups, search latency, webhook attempts, lockouts,
    /// Npgsql's pool, and <see cref="OperationsGauges"/>. Exported over OTLP unless <see cref="TelemetryOptions.Exporter"/> is <c>None</c>.
    /// </summary>
    public static IServiceCollection AddCmsTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelemetryOptions>().Bind(configuration.GetSection(TelemetryOptions.Section))
            .Validate(o => o.GaugeInterval > TimeSpan.Zero, "Cms:Telemetry:GaugeInterval must be positive.")
            .Validate(o => o.TraceSampleRatio is >= 0 and <= 1, "Cms:Telemetry:TraceSampleRatio is between 0 and 1.")
            .Validate(o => o.Exporter is "Otlp" or "None", "Cms:Telemetry:Exporter must be 'Otlp' or 'None'.")
            .Validate(o => o.Protocol is "grpc" or "http/protobuf", "Cms:Telemetry:Protocol must be 'grpc' or 'http/protobuf'.")
            .Validate(o => o.OtlpEndpoint is null || Uri.TryCreate(o.OtlpEndpoint, UriKind.Absolute, out _), "Cms:Telemetry:OtlpEndpoint must be an absolute URL such as http://otel-collector:4317.")
            .ValidateOnStart();
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (!options.IsOn(configuration))
        {
            return services;
        }

        services.AddSingleton<OperationsGauges>();
        services.AddHostedService(sp => sp.GetRequiredService<OperationsGauges>());
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/healthz"))
                .AddSource(CmsTelemetry.Name, GraphQLDiagnostics.Name, DataDiagnostics.Name)
                .AddNpgsql()
                .AddProcessor(new QueryStringScrubber())
                .ConfigureSampler(options, configuration))
            .WithMetrics(metrics => metrics
                .AddMeter(AspNetCoreMeters)
                .AddMeter(CmsTelemetry.Name, GraphQLDiagnostics.Name)
                .AddNpgsqlInstrumentation());
        if (options.Exporter == "Otlp")
        {
            if (options.OtlpEndpoint is { Length: > 0 } endpoint)
            {
                telemetry.UseOtlpExporter(options.Protocol == "grpc" ? OtlpExportProtocol.Grpc : OtlpExportProtocol.HttpProtobuf, new Uri(endpoint));
            }
            else
            {
                // OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_EXPORTER_OTLP_PROTOCOL, OTEL_EXPORTER_OTLP_HEADERS and friends apply.
                telemetry.UseOtlpExporter();
            }
        }

        return services;
    }

    // OTEL_TRACES_SAMPLER (with OTEL_TRACES_SAMPLER_ARG) is read by the SDK itself when no sampler is set here; otherwise
    // parent-based with Cms:Telemetry:TraceSampleRatio as the share of new traces recorded.
    private static TracerProviderBuilder ConfigureSampler(this TracerProviderBuilder tracing, TelemetryOptions options, IConfiguration configuration)
    {
        if (!string.IsNullOrWhiteSpace(configuration[SamplerVariable]))
        {
            return tracing;
        }

        return tracing.SetSampler(options.TraceSampleRatio >= 1
            ? new ParentBasedSampler(new AlwaysOnSampler())
            : new ParentBasedSampler(new TraceIdRatioBasedSampler(options.TraceSampleRatio)));
    }
}
