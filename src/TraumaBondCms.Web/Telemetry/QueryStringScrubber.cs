using System.Diagnostics;
using OpenTelemetry;

namespace TraumaBondCms.Web.Telemetry;

/// <summary>
/// Drops query strings from every span before export: <c>url.query</c> and <c>url.full</c> can hold search text, a GraphQL
/// document sent by GET, or a preview token. The search and GraphQL paths never even show theirs to the host (see
/// <c>SearchQueryShield</c>); this catches every other path, whatever instrumentation is added later.
/// </summary>
public sealed class QueryStringScrubber : BaseProcessor<Activity>
{
    private static readonly string[] Tags = ["url.query", "url.full", "http.url", "http.target"];

    /// <inheritdoc />
    public override void OnEnd(Activity data)
    {
        // One pass over the span's tags without allocating; most spans carry none of these.
        var found = false;
        foreach (ref readonly var tag in data.EnumerateTagObjects())
        {
            if (Array.IndexOf(Tags, tag.Key) >= 0)
            {
                found = true;
                break;
            }
        }

        if (!found)
        {
            return;
        }

        foreach (var tag in Tags)
        {
            data.SetTag(tag, null);
        }
    }
}
