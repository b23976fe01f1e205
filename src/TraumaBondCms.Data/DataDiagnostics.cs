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

    /// <summary>Starts a span for one command; null while nobody listens.</summary>
    internal static Activity? StartCommand(string engine, string sql)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var trimmed = sql.AsSpan().TrimStart();
        var end = trimmed.IndexOfAny(' ', '\n', '\r');
        var operation = (end < 0 ? trimmed : trimmed[..end]).ToString().ToUpperInvariant();
        var system = engine.ToLowerInvariant();
        var activity = Source.StartActivity($"{operation} {system}", ActivityKind.Client);
        activity?.SetTag("db.system.name", system);
        activity?.SetTag("db.operation.name", operation);
        activity?.SetTag("db.query.text", sql);
        return activity;
    }
}
