using System.Diagnostics;

namespace TraumaBondCms.Data;

/// <summary>
/// The stores' traces, through the shared framework's <see cref="ActivitySource"/> (OpenTelemetry subscribes with
/// <c>AddSource(DataDiagnostics.Name)</c>): one client span per SQL command on engines whose driver does not trace its
/// own commands (SQLite; Npgsql traces PostgreSQL's itself). A span carries the parameterized statement
/// (<c>db.query.text</c>), never a parameter value, so neither search text nor any other user input reaches it.
/// </summary>
public static class DataDiagnostics
{
    /// <summary>The activity source's name.</summary>
    public const string Name = "TraumaBondCms.Data";

    internal static readonly ActivitySource Source = new(Name);

    /// <summary>
    /// Starts a span for one command; null while nobody listens. The span is created under a fixed name first and only one
    /// the sampler records is named and tagged, so a command outside a sampled trace formats no strings.
    /// </summary>
    internal static Activity? StartCommand(string engine, string sql)
    {
        var activity = Source.StartActivity("db", ActivityKind.Client);
        if (activity is null || !activity.IsAllDataRequested)
        {
            return activity;
        }

        var trimmed = sql.AsSpan().TrimStart();
        var end = trimmed.IndexOfAny(' ', '\n', '\r');
        var operation = (end < 0 ? trimmed : trimmed[..end]).ToString().ToUpperInvariant();
        var system = engine.ToLowerInvariant();
        activity.DisplayName = $"{operation} {system}";
        activity.SetTag("db.system.name", system);
        activity.SetTag("db.operation.name", operation);
        activity.SetTag("db.query.text", sql);
        return activity;
    }
}
