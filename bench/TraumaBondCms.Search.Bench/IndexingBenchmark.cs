using System.Diagnostics;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Search;
using TraumaBondCms.Data;

namespace TraumaBondCms.Search.Bench;

/// <summary>
/// Writes generated articles through the store as the bulk content path does (item, version, field index rows, slug,
/// search document, change-log rows) and publishes each, 500 per transaction: every article belongs in both scopes.
/// Markdown-to-text and tag lookups are included; validation and audit entries (not search work) are not. A node
/// following the log indexes them meanwhile, as a server does (see Program.cs).
/// </summary>
internal static class IndexingBenchmark
{
    public const int BatchSize = 500;

    /// <summary>
    /// Writes <paramref name="count"/> articles; returns articles per second of the whole loop (text generation included) and
    /// per second spent in the store (search document, writes, commits: generation excluded), the milliseconds per article
    /// spent making search documents (Markdown to text), and sample body words.
    /// </summary>
    public static async Task<(double PerSecond, double StorePerSecond, double BuildMilliseconds, List<string[]> Bodies)> RunAsync(ICmsStore store, ContentTypeDefinition article, ArticleGenerator generator, int count, bool withSearch, Action<string> report)
    {
        var titles = ArticleGenerator.Topics.ToDictionary(t => t, t => string.Join(' ', t.Split('-')));
        var bodies = new List<string[]>();
        var clock = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var storeTicks = 0L;
        var buildTicks = 0L;
        var watch = Stopwatch.StartNew();
        for (var start = 0; start < count; start += BatchSize)
        {
            await using var session = await store.BeginWriteAsync();
            for (var i = start; i < Math.Min(count, start + BatchSize); i++)
            {
                var (fields, title, _, body) = generator.Next(i);
                if (i % 200 == 0)
                {
                    bodies.Add(SearchText.Words(body).ToArray());
                }

                var at = clock.AddSeconds(i);
                var version = new ContentItem
                {
                    ContentItemId = $"bench-{i}",
                    ContentItemVersionId = ContentIds.New(),
                    ContentType = article.Name,
                    Version = 1,
                    Latest = true,
                    Published = false,
                    Status = "Approved",
                    DisplayText = title,
                    Slug = $"bench-article-{i}",
                    Owner = "bench",
                    Author = "bench",
                    CreatedUtc = at,
                    ModifiedUtc = at,
                    ContentHash = ContentHash.Compute(article.Name, fields),
                    Fields = fields,
                };
                var started = Stopwatch.GetTimestamp();
                var document = withSearch ? SearchDocumentBuilder.Build(article, fields, title, tag => titles.GetValueOrDefault(tag.Slug)) : null;
                buildTicks += Stopwatch.GetTimestamp() - started;
                await session.Content.CreateAsync(version, IndexedFieldValue.For(article, fields), document);
                await session.Content.PublishAsync(version.ContentItemId, version.ContentItemVersionId, at);
                storeTicks += Stopwatch.GetTimestamp() - started;
            }

            var committing = Stopwatch.GetTimestamp();
            await session.CommitAsync();
            storeTicks += Stopwatch.GetTimestamp() - committing;
            if ((start / BatchSize) % 20 == 19)
            {
                report($"  {start + BatchSize:N0} articles, {(start + BatchSize) / watch.Elapsed.TotalSeconds:N0}/s");
            }
        }

        return (count / watch.Elapsed.TotalSeconds, count / ((double)storeTicks / Stopwatch.Frequency), (double)buildTicks / Stopwatch.Frequency * 1000 / count, bodies);
    }
}
