using TraumaBondCms.Data.Search;

namespace TraumaBondCms.Web.Search;

/// <summary>
/// The <c>search rebuild</c> command: computes every search document again from the content, then rebuilds this data
/// folder's index with a progress bar. When a server has the index open, the server rebuilds it (every node does, from
/// the rebuild request in the change log) and the command says so.
/// </summary>
public static class SearchCommand
{
    private const int BarWidth = 30;

    /// <summary>Runs the rebuild; returns the exit code.</summary>
    public static async Task<int> RebuildAsync(IServiceProvider services, TextWriter output)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var counts = await services.GetRequiredService<SearchIndexRebuilder>().RebuildAsync();
        await output.WriteLineAsync($"Search documents rebuilt in {started.Elapsed.TotalSeconds:0.0} s: {counts.Public} published and {counts.Editorial} latest versions.");
        var node = services.GetRequiredService<SearchIndexNode>();
        try
        {
            var last = -1L;
            await node.RebuildAsync(new Cli.SynchronousProgress<SearchRebuildProgress>(p =>
            {
                var percent = p.Total == 0 ? 100 : p.Done * 100 / p.Total;
                if (percent != last)
                {
                    last = percent;
                    var filled = (int)(percent * BarWidth / 100);
                    output.WriteLine($"[{new string('#', filled)}{new string('.', BarWidth - filled)}] {percent,3}% {p.Done:N0}/{p.Total:N0} documents");
                }
            }));
            await node.DisposeAsync();
            await output.WriteLineAsync($"Search rebuilt in {started.Elapsed.TotalSeconds:0.0} s: this node's index holds {counts.Documents} documents.");
        }
        catch (SearchIndexBusyException)
        {
            await output.WriteLineAsync("Search rebuilt: a running server has this data folder's index open and is rebuilding it now (every node rebuilds its own).");
        }

        return counts.Unindexed == 0 ? 0 : 1;
    }
}
