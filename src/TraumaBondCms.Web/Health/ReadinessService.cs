using Microsoft.Extensions.Options;

namespace TraumaBondCms.Web.Health;

/// <summary>Runs every <see cref="IReadinessCheck"/> at once, each bounded by <see cref="HealthOptions.CheckTimeout"/>. Thread-safe.</summary>
public sealed class ReadinessService(IEnumerable<IReadinessCheck> checks, IOptions<HealthOptions> options)
{
    /// <summary>Each check's name and result, in registration order; the node is ready when every one is.</summary>
    public async Task<IReadOnlyList<(string Name, ReadinessResult Result)>> CheckAsync(CancellationToken cancellationToken)
    {
        var timeout = options.Value.CheckTimeout;
        var running = checks.Select(async check =>
        {
            using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            bounded.CancelAfter(timeout);
            try
            {
                return (check.Name, await check.CheckAsync(bounded.Token).WaitAsync(timeout, cancellationToken));
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                var detail = e is TimeoutException or OperationCanceledException ? $"no answer within {timeout.TotalSeconds:0.#} s" : $"{e.GetType().Name}: {e.Message}";
                return (check.Name, new ReadinessResult(false, detail));
            }
        }).ToList();
        return await Task.WhenAll(running);
    }
}
