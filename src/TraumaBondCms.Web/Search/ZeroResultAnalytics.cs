using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using TraumaBondCms.Core.Search;
using TraumaBondCms.Data;
using TraumaBondCms.Data.Search;
using TraumaBondCms.Web.Setup;

namespace TraumaBondCms.Web.Search;

/// <summary>
/// Opt-in counts of searches that found nothing (<see cref="SearchAnalyticsOptions"/>). A query is reduced to its folded
/// words, keyed by HMAC-SHA256 under a key kept outside the database, and counted; its text is stored only when the count
/// reaches k, and only queries counted k times or more are ever listed. Nothing else about the search (who, when, filters)
/// is kept. Queries that contain a risk phrase are never counted. Thread-safe.
/// </summary>
public sealed class ZeroResultAnalytics(ICmsStore store, IOptions<SearchOptions> options, CmsPaths paths)
{
    private readonly Lazy<byte[]> _key = new(() => LoadKey(options.Value.Analytics, paths));

    /// <summary>True when counting is on.</summary>
    public bool Enabled => options.Value.Analytics.Enabled;

    /// <summary>k: how often a query must occur before it is shown.</summary>
    public int MinimumCount => Math.Max(options.Value.Analytics.MinimumCount, SearchAnalyticsOptions.LowestMinimumCount);

    /// <summary>Counts one zero-result search of <paramref name="query"/> in its own transaction; does nothing when off or when nothing searchable was typed.</summary>
    public async Task RecordAsync(string query, CancellationToken cancellationToken = default)
    {
        var normalized = SearchText.Normalize(query);
        if (!Enabled || normalized.Length == 0)
        {
            return;
        }

        var key = Convert.ToHexStringLower(HMACSHA256.HashData(_key.Value, Encoding.UTF8.GetBytes(normalized)));
        await using var session = await store.BeginWriteAsync(cancellationToken);
        await session.Search.RecordZeroResultAsync(key, normalized, MinimumCount, cancellationToken);
        await session.CommitAsync(cancellationToken);
    }

    /// <summary>The zero-result queries searched at least k times, most frequent first (at most 100); empty when off.</summary>
    public async Task<IReadOnlyList<ZeroResultQuery>> ListAsync(CancellationToken cancellationToken = default)
    {
        if (!Enabled)
        {
            return [];
        }

        await using var session = await store.OpenReadAsync(cancellationToken);
        return await session.Search.GetZeroResultQueriesAsync(MinimumCount, 100, cancellationToken);
    }

    private static byte[] LoadKey(SearchAnalyticsOptions options, CmsPaths paths)
    {
        if (!string.IsNullOrEmpty(options.Key))
        {
            var configured = Convert.FromBase64String(options.Key);
            return configured.Length >= 32 ? configured : throw new InvalidOperationException("Cms:Search:Analytics:Key must be at least 32 bytes, base64-encoded.");
        }

        var file = Path.Combine(paths.DataPath, "search-analytics.key");
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(paths.DataPath);
            try
            {
                var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows())
                {
                    // Readable by the service account only.
                    create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                }

                using var stream = new FileStream(file, create);
                stream.Write(RandomNumberGenerator.GetBytes(32));
            }
            catch (IOException) when (File.Exists(file))
            {
                // Another process created it first: use theirs.
            }
        }

        return File.ReadAllBytes(file);
    }
}
