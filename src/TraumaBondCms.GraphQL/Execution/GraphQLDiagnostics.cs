using System.Diagnostics;
using System.Diagnostics.Metrics;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Execution;

/// <summary>
/// The engine's traces and metrics, through the shared framework's <see cref="ActivitySource"/> and <see cref="Meter"/>
/// (any listener can subscribe; OpenTelemetry does with <c>AddSource</c>/<c>AddMeter</c> of <see cref="Name"/>). One span
/// per executed request, named after the OpenTelemetry GraphQL conventions (<c>query Articles</c>), with
/// <c>graphql.operation.type</c> and <c>graphql.operation.name</c> only: the document text and variables are never
/// recorded, since they carry what readers typed. Metrics: operations by type and outcome, their duration, and errors by
/// <c>extensions.code</c>. Costs nothing measurable while nobody listens. Thread-safe.
/// </summary>
public static class GraphQLDiagnostics
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string Name = "TraumaBondCms.GraphQL";

    /// <summary>The span attribute naming the operation type (<c>query</c>, <c>mutation</c>).</summary>
    public const string OperationTypeTag = "graphql.operation.type";

    /// <summary>The span attribute naming the operation (absent for anonymous operations).</summary>
    public const string OperationNameTag = "graphql.operation.name";

    /// <summary>The metric attribute carrying an error's <c>extensions.code</c>.</summary>
    public const string ErrorCodeTag = "error.code";

    /// <summary>The metric attribute saying how a request ended: <c>ok</c>, <c>field_error</c> or <c>request_error</c>.</summary>
    public const string OutcomeTag = "graphql.outcome";

    internal static readonly ActivitySource Source = new(Name);
    private static readonly Meter Meter = new(Name);
    private static readonly Counter<long> Operations = Meter.CreateCounter<long>("graphql.server.operations", "{operation}", "GraphQL requests executed, by operation type and outcome.");
    private static readonly Counter<long> Errors = Meter.CreateCounter<long>("graphql.server.errors", "{error}", "GraphQL errors returned, by extensions.code.");
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("graphql.server.operation.duration", "s", "Time to execute a GraphQL request, parsing and validation included.");

    /// <summary>True when a listener wants the engine's spans or metrics.</summary>
    internal static bool Enabled => Source.HasListeners() || Operations.Enabled || Errors.Enabled || Duration.Enabled;

    /// <summary>Starts measuring one request; null while nobody listens.</summary>
    internal static OperationTrace? Start() => Enabled ? new OperationTrace(Source.StartActivity("graphql", ActivityKind.Internal), Stopwatch.GetTimestamp()) : null;

    /// <summary>One request being measured: the span, and the type once the operation is selected.</summary>
    internal sealed class OperationTrace(Activity? activity, long started)
    {
        private string _type = "unknown";

        /// <summary>
        /// Records the selected operation's type and name (a GraphQL Name: no free text can reach it); the span is only named
        /// and tagged when the sampler records it.
        /// </summary>
        public void Selected(OperationDefinitionNode operation)
        {
            _type = operation.Operation switch { OperationType.Query => "query", OperationType.Mutation => "mutation", _ => "subscription" };
            if (activity is not { IsAllDataRequested: true })
            {
                return;
            }

            var name = operation.Name?.Value;
            activity.DisplayName = name is null ? _type : $"{_type} {name}";
            activity.SetTag(OperationTypeTag, _type);
            if (name is not null)
            {
                activity.SetTag(OperationNameTag, name);
            }
        }

        /// <summary>Ends the span and counts the request and its errors.</summary>
        public void Complete(ExecutionResult result)
        {
            var outcome = result.IsRequestError ? "request_error" : result.Errors.Count > 0 ? "field_error" : "ok";
            var type = new KeyValuePair<string, object?>(OperationTypeTag, _type);
            Operations.Add(1, type, new KeyValuePair<string, object?>(OutcomeTag, outcome));
            Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, type);
            foreach (var error in result.Errors)
            {
                Errors.Add(1, type, new KeyValuePair<string, object?>(ErrorCodeTag, error.Code ?? "UNSPECIFIED"));
            }

            if (activity is { IsAllDataRequested: true })
            {
                activity.SetTag(OutcomeTag, outcome);
                if (result.Errors.Count > 0)
                {
                    activity.SetTag(ErrorCodeTag, result.Errors[0].Code ?? "UNSPECIFIED");
                    activity.SetStatus(result.IsRequestError ? ActivityStatusCode.Error : ActivityStatusCode.Unset);
                }
            }

            activity?.Dispose();
        }

        /// <summary>Ends the span of a request that threw (cancelled, or a bug).</summary>
        public void Fail(Exception exception)
        {
            Operations.Add(1, new KeyValuePair<string, object?>(OperationTypeTag, _type), new KeyValuePair<string, object?>(OutcomeTag, exception is OperationCanceledException ? "cancelled" : "exception"));
            activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            activity?.Dispose();
        }
    }
}
