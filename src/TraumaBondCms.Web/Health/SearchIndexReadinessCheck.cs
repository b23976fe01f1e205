using System.Globalization;
using Microsoft.Extensions.Options;
using TraumaBondCms.Data.Search;

namespace TraumaBondCms.Web.Health;

/// <summary>Ready when this node's search index is no further behind the change log than <see cref="HealthOptions.MaxSearchIndexLag"/>.</summary>
public sealed class SearchIndexReadinessCheck(ISearchIndexLag lag, IOptions<HealthOptions> options) : IReadinessCheck
{
    /// <inheritdoc />
    public string Name => "searchIndex";

    /// <inheritdoc />
    public async Task<ReadinessResult> CheckAsync(CancellationToken cancellationToken)
    {
        var measured = await lag.MeasureAsync(cancellationToken);
        var bound = options.Value.MaxSearchIndexLag;
        var detail = string.Create(CultureInfo.InvariantCulture, $"{measured.Entries} change(s) waiting, oldest {measured.OldestAge.TotalSeconds:0.###} s (bound {bound.TotalSeconds:0.###} s)");
        return new ReadinessResult(measured.OldestAge <= bound, detail);
    }
}
