using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using TraumaBondCms.Data.Search;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Search;
using TraumaBondCms.Web.Tests.Search;

namespace TraumaBondCms.Search.Bench;

/// <summary>
/// The fuzz test at full size: random and hostile queries against the seeded library through the search service, as
/// the suite's <c>SearchFuzzTests</c> does (same generator, same seed, more queries). A query slower than the budget is
/// timed twice more and its fastest time kept, so a pause of the machine is not taken for a slow query.
/// </summary>
internal static class FuzzRun
{
    public static int Run(IServiceProvider services, int count, double budgetMilliseconds, Action<string> report)
    {
        var search = services.GetRequiredService<SearchService>();
        var queries = new AdversarialQueries(seed: 20250301);
        var latency = new Latency("fuzz: search service");
        var failures = 0;
        var over = 0;
        var retried = 0;
        var inputs = Enumerable.Range(0, count).Select(i => (Index: i, Query: queries.Next())).ToList();
        var total = Stopwatch.StartNew();
        latency.Batch(inputs, input =>
        {
            var (i, query) = input;
            var request = new SearchInput { Query = query, First = 1 + (i % 10), Scope = i % 7 == 0 ? SearchScope.Editorial : SearchScope.Public, Topics = i % 11 == 0 ? ["abuse"] : [] };
            try
            {
                var watch = Stopwatch.StartNew();
                search.SearchAsync(request, CmsActor.System).GetAwaiter().GetResult();
                if (watch.Elapsed.TotalMilliseconds > budgetMilliseconds)
                {
                    retried++;
                    var best = Enumerable.Range(0, 2).Select(_ =>
                    {
                        var again = Stopwatch.StartNew();
                        search.SearchAsync(request, CmsActor.System).GetAwaiter().GetResult();
                        return again.Elapsed.TotalMilliseconds;
                    }).Min();
                    over += best > budgetMilliseconds ? 1 : 0;
                }
            }
            catch (Exception e)
            {
                failures++;
                report($"  failure on query {i} ({query.Length} characters): {e.GetType().Name}: {e.Message}");
            }

            if (i % 10_000 == 9_999)
            {
                report($"  {i + 1:N0} queries, {total.Elapsed.TotalSeconds:0} s");
            }
        });

        report($"Fuzz: {count:N0} queries in {total.Elapsed.TotalSeconds:0.0} s, {failures} failures, {over} over {budgetMilliseconds} ms after re-timing ({retried} re-timed)");
        report($"  {latency}");
        return failures == 0 && over == 0 ? 0 : 1;
    }
}
