using System.Globalization;
using Microsoft.Extensions.Options;
using TraumaBondCms.Data.Search;

namespace TraumaBondCms.Web.Health;

/// <summary>
/// Ready when this node's search index is open and the oldest change log entry it has not applied yet waited no longer
/// than <see cref="HealthOptions.MaxSearchIndexLag"/>. The detail names the entries waiting, the oldest one's age and the
/// bound, or why the index is not open.
/// </summary>
public sealed class SearchIndexReadinessCheck(ISearchIndexLag lag, IOptions<HealthOptions> options) : IReadinessCheck
{
    /// <inheritdoc />
    public string Name => "searchIndex";

    /// <inheritdoc />
    public async Task<ReadinessResult> CheckAsync(CancellationToken cancellationToken)
    {
        SearchIndexLag measured;
        try
        {
            measured = await lag.MeasureAsync(cancellationToken);
        }
        catch (InvalidOperationException e)
        {
            return new ReadinessResult(false, e.Message);
        }

        var bound = options.Value.MaxSearchIndexLag;
        var detail = string.Create(CultureInfo.InvariantCulture, $"{measured.Entries} change(s) waiting, oldest {measured.OldestAge.TotalSeconds:0.###} s (bound {bound.TotalSeconds:0.###} s)");
        return new ReadinessResult(measured.OldestAge <= bound, detail);
    }
}
