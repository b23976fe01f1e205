using System.Diagnostics;
using TraumaBondCms.Data.Search;

namespace TraumaBondCms.Web.Telemetry;

/// <summary>
/// One search being measured: a <c>search</c> span (tags <c>cms.search.scope</c> and <c>cms.search.total</c>, never the query) and a
/// <see cref="CmsTelemetry.SearchDuration"/> sample when disposed. Start it with <c>using var _ = SearchMeasurement.Start(scope);</c>
/// at the top of a search, whatever engine answers it.
/// </summary>
public readonly struct SearchMeasurement : IDisposable
{
    private readonly Activity? _activity;
    private readonly long _started;
    private readonly string _scope;

    private SearchMeasurement(Activity? activity, long started, string scope)
    {
        _activity = activity;
        _started = started;
        _scope = scope;
    }

    /// <summary>Starts measuring a search of <paramref name="scope"/>.</summary>
    public static SearchMeasurement Start(SearchScope scope)
    {
        var name = scope == SearchScope.Editorial ? "editorial" : "public";
        var activity = CmsTelemetry.Source.StartActivity("search");
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("cms.search.scope", name);
        }

        return new SearchMeasurement(activity, Stopwatch.GetTimestamp(), name);
    }

    /// <summary>Tags the span with how many items matched (<c>cms.search.total</c>): a count, never what was searched.</summary>
    public void SetTotal(int total)
    {
        if (_activity is { IsAllDataRequested: true })
        {
            _activity.SetTag("cms.search.total", total);
        }
    }

    /// <summary>Ends the span and records the duration.</summary>
    public void Dispose()
    {
        if (_scope is null)
        {
            return;
        }

        if (CmsTelemetry.SearchDuration.Enabled)
        {
            CmsTelemetry.SearchDuration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, new KeyValuePair<string, object?>("cms.search.scope", _scope));
        }

        _activity?.Dispose();
    }
}
