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
                .SetSampler(options.TraceSampleRatio >= 1 ? new ParentBasedSampler(new AlwaysOnSampler()) : new ParentBasedSampler(new TraceIdRatioBasedSampler(options.TraceSampleRatio))))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
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
}
