using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using TraumaBondCms.Web.Telemetry;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Telemetry;

/// <summary>
/// OpenTelemetry as an operator receives it, through the in-memory exporter in place of OTLP: the spans and metrics of a
/// clinic's day (<see cref="ClinicScenario"/>: publish with review, search, GraphQL, a webhook, a throttled password guesser), and never a
/// reader's words, a GraphQL document or its variables, a password, a token or an email address.
/// </summary>
[Collection(ProcessWideListenersCollection.Name)]
public sealed class TelemetryTests
{
    [Fact]
    public async Task Should_export_the_spans_of_requests_graphql_database_search_and_webhooks_without_private_text_when_telemetry_is_on()
    {
        var exported = new ExportedTelemetry();
        using var host = exported.StartHost();

        var scenario = await ClinicScenario.RunAsync(host);
        var spans = exported.Spans(host);

        Assert.Contains(spans, s => s.Kind == ActivityKind.Server && s.DisplayName == "POST /api/content/{id}/workflow/{transition}");
        var graphql = spans.Where(s => s.Source.Name == "TraumaBondCms.GraphQL").ToList();
        Assert.Contains(graphql, s => s.DisplayName == $"query {ClinicScenario.OperationName}" && (string?)s.GetTagItem("graphql.operation.type") == "query" && (string?)s.GetTagItem("graphql.operation.name") == ClinicScenario.OperationName);
        Assert.Contains(graphql, s => (string?)s.GetTagItem("error.code") == "GRAPHQL_VALIDATION_FAILED");
        Assert.Contains(spans, s => s.Source.Name == "TraumaBondCms.Data" && (string?)s.GetTagItem("db.system.name") == "sqlite" && s.DisplayName.StartsWith("SELECT", StringComparison.Ordinal));
        Assert.Contains(spans, s => s.DisplayName == "search" && (string?)s.GetTagItem("cms.search.scope") == "public" && s.GetTagItem("cms.search.total") is 1);
        Assert.Contains(spans, s => s.DisplayName == "search" && (string?)s.GetTagItem("cms.search.scope") == "editorial");
        Assert.Contains(spans, s => s.DisplayName == "webhook.delivery" && (string?)s.GetTagItem("cms.webhook.id") == scenario.WebhookId && (string?)s.GetTagItem("cms.webhook.outcome") == "delivered");
        // Database spans of a GraphQL request are its children: one trace from the request down to SQL.
        var operation = graphql.First(s => s.DisplayName == $"query {ClinicScenario.OperationName}");
        Assert.Contains(spans, s => s.Source.Name == "TraumaBondCms.Data" && s.TraceId == operation.TraceId);
        foreach (var span in spans)
        {
            scenario.AssertNoSecretIn($"Span '{span.DisplayName}'", Describe(span));
        }
    }

    [Fact]
    public async Task Should_export_the_operations_metrics_without_private_text_when_telemetry_is_on()
    {
        var exported = new ExportedTelemetry();
        using var host = exported.StartHost();

        var scenario = await ClinicScenario.RunAsync(host);
        var gauges = host.Services.GetRequiredService<OperationsGauges>();
        var sampled = await gauges.SampleAsync(CancellationToken.None);
        var metrics = exported.Metrics(host);

        foreach (var name in new[] { "http.server.request.duration", "graphql.server.operations", "graphql.server.operation.duration", "cms.search.duration", "cms.webhook.attempts", "cms.review.queue.oldest_age", "cms.review.overdue", "cms.crisis_resources.unverified", "cms.webhook.backlog", "cms.webhook.backlog.oldest_age", "cms.search.index.lag", "cms.search.index.lag.age" })
        {
            Assert.True(metrics.ContainsKey(name), $"No metric {name}; exported: {string.Join(", ", metrics.Keys.Order())}");
        }

        Assert.Contains(metrics["graphql.server.errors"], p => p.Tags["error.code"] == "GRAPHQL_VALIDATION_FAILED" && p.Value >= 1);
        Assert.Contains(metrics["cms.cache.lookups"], p => p.Tags["cms.cache"] == "graphql.published" && p.Tags["cms.cache.result"] == "hit" && p.Value >= 1);
        Assert.Contains(metrics["cms.cache.lookups"], p => p.Tags["cms.cache.result"] == "miss" && p.Value >= 1);
        Assert.Contains(metrics["cms.auth.throttled"], p => p.Tags["cms.auth.kind"] == "sign_in" && p.Value >= 1);
        // The scenario's item, and the setup recipe's 5 Spanish translations waiting for a Spanish-reading reviewer.
        Assert.Equal(6, Assert.Single(metrics["cms.review.queue.length"]).Value);
        Assert.Equal(0, Assert.Single(metrics["cms.search.index.lag"]).Value);
        Assert.True(sampled.OverdueReReviews > 0 && sampled.UnverifiedCrisisResources > 0, sampled.ToString());
        Assert.Equal(sampled.OverdueReReviews, Assert.Single(metrics["cms.review.overdue"]).Value);
        foreach (var (name, points) in metrics)
        {
            scenario.AssertNoSecretIn($"Metric {name}", string.Join("; ", points.SelectMany(p => p.Tags.Select(t => $"{t.Key}={t.Value}"))));
        }
    }

    [Fact]
    public async Task Should_export_the_search_index_lag_while_the_node_is_behind_the_change_log_and_zero_once_it_caught_up()
    {
        var exported = new ExportedTelemetry();
        using var host = exported.StartHost(WriteElsewhere.Settings);
        using var admin = await host.AdminAsync();
        var gauges = host.Services.GetRequiredService<OperationsGauges>();

        await WriteElsewhere.PublishTopicAsync(host.DataPath, "topic-lag", "Lag", "Written by the command line.");
        await gauges.SampleAsync(CancellationToken.None);
        var behind = exported.Metrics(host);
        await HttpAssert.StatusAsync(System.Net.HttpStatusCode.Created, await admin.PostAsJsonAsync("/api/content", new NewContent("Topic", new { title = "Local", description = "Its commit wakes the follower." })));
        await Eventually.ValueAsync(async () => (await host.Services.GetRequiredService<TraumaBondCms.Data.Search.ISearchIndexLag>().MeasureAsync()).Entries == 0 ? true : (bool?)null);
        await gauges.SampleAsync(CancellationToken.None);
        var caughtUp = exported.Metrics(host);

        Assert.True(Assert.Single(behind["cms.search.index.lag"]).Value >= 2, string.Join(", ", behind["cms.search.index.lag"]));
        Assert.True(Assert.Single(behind["cms.search.index.lag.age"]).Value > 0);
        Assert.Equal(0, Assert.Single(caughtUp["cms.search.index.lag"]).Value);
        Assert.Equal(0, Assert.Single(caughtUp["cms.search.index.lag.age"]).Value);
    }

    [Fact]
    public async Task Should_trace_about_one_new_request_in_ten_and_every_request_its_caller_sampled_when_the_sampler_is_the_default()
    {
        var exported = new ExportedTelemetry();
        using var host = exported.StartHost(traceEveryRequest: false);
        using var reader = host.Anonymous();
        var callers = Enumerable.Range(0, 20).Select(_ => ActivityTraceId.CreateRandom()).ToList();

        for (var i = 0; i < 300; i++)
        {
            using var _ = await reader.GetAsync("/api/content/sampling-probe-new");
        }

        foreach (var traceId in callers)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/content/sampling-probe-caller");
            request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
            using var _ = await reader.SendAsync(request);
        }

        var spans = exported.Spans(host);
        var started = spans.Count(s => (string?)s.GetTagItem("url.path") == "/api/content/sampling-probe-new");
        var followed = spans.Where(s => (string?)s.GetTagItem("url.path") == "/api/content/sampling-probe-caller").Select(s => s.TraceId).ToHashSet();

        // Binomial(300, 0.1): 30 expected; outside 8..60 happens less than once in a million runs.
        Assert.InRange(started, 8, 60);
        Assert.Equal(callers.ToHashSet(), followed);
    }

    [Fact]
    public async Task Should_follow_the_standard_sampler_variable_over_the_sample_ratio_when_it_is_set()
    {
        var exported = new ExportedTelemetry();
        using var host = exported.StartHost(new() { [TelemetryServiceCollectionExtensions.SamplerVariable] = "always_off" });
        using var reader = host.Anonymous();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/content/sampling-probe-off");
        request.Headers.Add("traceparent", $"00-{ActivityTraceId.CreateRandom()}-{ActivitySpanId.CreateRandom()}-01");
        using var _ = await reader.SendAsync(request);
        var spans = exported.Spans(host);

        Assert.DoesNotContain(spans, s => (string?)s.GetTagItem("url.path") == "/api/content/sampling-probe-off");
    }

    [Fact]
    public void Should_register_no_telemetry_when_nothing_configures_it()
    {
        using var host = new CmsTestHost();

        Assert.Null(host.Services.GetService<TracerProvider>());
        Assert.Null(host.Services.GetService<MeterProvider>());
        Assert.Null(host.Services.GetService<OperationsGauges>());
    }

    private static string Describe(Activity span) =>
        $"{span.DisplayName} {span.OperationName} {string.Join(' ', span.TagObjects.Select(t => $"{t.Key}={t.Value}"))} {string.Join(' ', span.Events.Select(e => e.Name + string.Join(' ', e.Tags.Select(t => $"{t.Key}={t.Value}"))))} {span.StatusDescription}";

    /// <summary>What the in-memory exporters received, and a host wired to them.</summary>
    private sealed class ExportedTelemetry
    {
        private readonly ConcurrentQueue<Activity> _spans = new();
        private readonly List<Metric> _metrics = [];

        // Every request traced unless traceEveryRequest is false (then the shipped default sampler decides).
        public CmsTestHost StartHost(Dictionary<string, string?>? extra = null, bool traceEveryRequest = true) => new(
            settings: new Dictionary<string, string?>
            {
                ["Cms:Telemetry:Enabled"] = "true",
                ["Cms:Telemetry:Exporter"] = "None",
                ["Cms:Telemetry:GaugeInterval"] = "00:00:00.200",
                ["Cms:Webhooks:DispatchInterval"] = "00:00:00.100",
            }.Concat(traceEveryRequest ? [new("Cms:Telemetry:TraceSampleRatio", "1")] : []).Concat(extra ?? []).ToDictionary(),
            configure: b => b.ConfigureServices(s => s
                .ConfigureOpenTelemetryTracerProvider(t => t.AddProcessor(new SimpleActivityExportProcessor(new QueueExporter(_spans))))
                .ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(_metrics))));

        // Every span ended so far in the process (activity sources are process-wide; this class runs alone).
        public List<Activity> Spans(CmsTestHost host)
        {
            host.Services.GetRequiredService<TracerProvider>().ForceFlush();
            return [.. _spans];
        }

        public Dictionary<string, List<(Dictionary<string, string?> Tags, double Value)>> Metrics(CmsTestHost host)
        {
            lock (_metrics)
            {
                _metrics.Clear();
            }

            host.Services.GetRequiredService<MeterProvider>().ForceFlush();
            lock (_metrics)
            {
                var points = new Dictionary<string, List<(Dictionary<string, string?>, double)>>(StringComparer.Ordinal);
                foreach (var metric in _metrics)
                {
                    foreach (ref readonly var point in metric.GetMetricPoints())
                    {
                        var tags = new Dictionary<string, string?>(StringComparer.Ordinal);
                        foreach (var tag in point.Tags)
                        {
                            tags[tag.Key] = tag.Value?.ToString();
                        }

                        (points.TryGetValue(metric.Name, out var list) ? list : points[metric.Name] = []).Add((tags, ValueOf(metric, point)));
                    }
                }

                return points;
            }
        }

        private static double ValueOf(Metric metric, MetricPoint point) => metric.MetricType switch
        {
            MetricType.LongSum or MetricType.LongSumNonMonotonic => point.GetSumLong(),
            MetricType.DoubleSum or MetricType.DoubleSumNonMonotonic => point.GetSumDouble(),
            MetricType.LongGauge => point.GetGaugeLastValueLong(),
            MetricType.DoubleGauge => point.GetGaugeLastValueDouble(),
            MetricType.Histogram => point.GetHistogramCount(),
            _ => double.NaN,
        };
    }

    /// <summary>Keeps exported spans in a queue the test can read while other threads still end spans.</summary>
    private sealed class QueueExporter(ConcurrentQueue<Activity> spans) : BaseExporter<Activity>
    {
        public override ExportResult Export(in Batch<Activity> batch)
        {
            foreach (var span in batch)
            {
                spans.Enqueue(span);
            }

            return ExportResult.Success;
        }
    }
}
