using TraumaBondCms.Data.Postgres;
using TraumaBondCms.Data.Sql;
using TraumaBondCms.Data.Sqlite;

namespace TraumaBondCms.Data.Tests.Plans;

/// <summary>
/// The registry of query shapes: every statement the data layer can run is reached by at least one of them (checked by
/// <see cref="QueryShapeRegistryTests"/>), and each is explained on both engines by the query plan tests.
/// </summary>
/// <remarks>
/// Three statements are not judged: rebuilding the search documents and counting them read every version by nature
/// (an administrator's rebuild, never a request), and PostgreSQL's commit announcement reads no table.
/// </remarks>
public static class QueryShapes
{
    /// <summary>The data-layer methods (<c>Type.Method</c>) whose statements are not judged (see the remarks).</summary>
    public static readonly IReadOnlySet<string> Unjudged = new HashSet<string>(StringComparer.Ordinal)
    {
        "SqlSearchIndex.RebuildAsync", "SqlSearchIndex.CountAsync", "PostgresCmsStore.AnnounceCommitAsync",
    };

    /// <summary>Every shape.</summary>
    public static IReadOnlyList<QueryShape> All { get; } = [.. ContentListShapes.All(), .. RecordReadShapes.All(), .. WriteShapes.All(), .. SearchAndAccountShapes.All(), .. MediaShapes.All()];

    /// <summary>The shape named <paramref name="name"/>.</summary>
    public static QueryShape Find(string name) => All.Single(s => s.Name == name);

    /// <summary>True when the statement comes from a type whose statements are not judged.</summary>
    public static bool IsJudged(RecordedStatement statement) => !Unjudged.Contains(statement.Site);

    /// <summary>
    /// Runs <paramref name="shape"/> on <paramref name="store"/> and returns the statements it ran. A list shape with a cursor
    /// first reads, unrecorded, up to the cursor's position; a write shape's session is rolled back.
    /// </summary>
    public static async Task<IReadOnlyList<RecordedStatement>> RecordAsync(ICmsStore store, SeededContent seeded, QueryShape shape)
    {
        var query = shape.List?.Invoke(seeded);
        if (query is not null && shape.CursorAt is { } position)
        {
            var cursor = await CursorAtAsync(store, query with { Last = null, Before = null, CountTotal = false }, position);
            query = shape.Backwards ? query with { Before = cursor } : query with { After = cursor };
        }

        // Every statement of the shape runs: no count or filter figure is taken from an earlier shape.
        (store switch { SqliteCmsStore s => s.ReadCaches, PostgresCmsStore p => p.ReadCaches, _ => null })?.Forget();
        await using var session = shape.Writes ? await store.BeginWriteAsync() : await store.OpenReadAsync();
        using var recorder = SqlStatementRecorder.Start();
        if (query is not null)
        {
            await session.Content.QueryAsync(query);
        }
        else
        {
            await shape.Call!(session, seeded);
        }

        return recorder.Statements;
    }

    private static async Task<string> CursorAtAsync(ICmsStore store, ContentQuery query, int position)
    {
        await using var session = await store.OpenReadAsync();
        string? cursor = null;
        var read = 0;
        while (true)
        {
            var page = await session.Content.QueryAsync(query with { First = Math.Min(500, position - read), After = cursor });
            read += page.Items.Count;
            cursor = page.Cursors![^1];
            if (read >= position || !page.HasNextPage)
            {
                return cursor;
            }
        }
    }
}
