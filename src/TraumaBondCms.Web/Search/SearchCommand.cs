namespace TraumaBondCms.Web.Search;

/// <summary>The <c>search rebuild</c> command: rebuilds both search indexes from the content and prints their sizes.</summary>
public static class SearchCommand
{
    /// <summary>Runs the rebuild; returns the exit code.</summary>
    public static async Task<int> RebuildAsync(IServiceProvider services, TextWriter output)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var counts = await services.GetRequiredService<SearchIndexRebuilder>().RebuildAsync();
        await output.WriteLineAsync($"Search rebuilt in {started.Elapsed.TotalSeconds:0.0} s: {counts.Public} published and {counts.Editorial} latest versions indexed.");
        return counts.Unindexed == 0 ? 0 : 1;
    }
}
