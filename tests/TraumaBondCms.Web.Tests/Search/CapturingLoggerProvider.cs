using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TraumaBondCms.Web.Tests.Search;

/// <summary>
/// A logger provider that keeps everything logged, at every level: the formatted message, every structured value, the
/// exception and the active scopes, each as text, for asserting what reached the logs. Thread-safe.
/// </summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _entries = new();
    private IExternalScopeProvider? _scopes;

    /// <summary>Every entry so far: category, level, message, values, scopes and exception on one string.</summary>
    public IReadOnlyList<string> Entries => [.. _entries];

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// <inheritdoc />
    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider._scopes?.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join("; ", pairs.Select(p => $"{p.Key}={p.Value}")) : state?.ToString();
            var scopes = new List<string>();
            provider._scopes?.ForEachScope((scope, list) => list.Add(scope is IEnumerable<KeyValuePair<string, object?>> kv ? string.Join("; ", kv.Select(p => $"{p.Key}={p.Value}")) : scope?.ToString() ?? ""), scopes);
            provider._entries.Enqueue($"{category} [{logLevel}] {formatter(state, exception)} | {values} | {string.Join(" / ", scopes)} | {exception}");
        }
    }
}
