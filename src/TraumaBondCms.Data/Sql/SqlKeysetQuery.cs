using System.Data.Common;
using System.Text;
using System.Text.RegularExpressions;
using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Data.Sql;

/// <summary>
/// Runs a keyset list query (see <see cref="ContentQuery"/>): filter, order on indexed or built-in fields with the item id
/// as the final key, and pages forwards or backwards from cursors without offsets, so paging never skips or repeats an
/// item while the list is unchanged. Absent key values sort last in both directions.
/// </summary>
/// <remarks>
/// A page costs O(page) index entries: each segment of the order (<see cref="KeysetOrder"/>) is read by walking one index
/// from the cursor (a row-value seek), and a list of several types walks each type's index and merges the pages. The total
/// count of a published list is cached per content generation when <paramref name="generation"/> (a read session's) is
/// given; how selective a filter is, for a minute.
/// </remarks>
internal sealed partial class SqlKeysetQuery(SqlRunner sql, Func<DbDataReader, ContentItem> readVersion, SqlReadCaches? caches, IContentGenerationRepository? generation)
{
    // Up to this many types, a list over several types walks one index per type and merges their pages.
    private const int MaxMergedTypes = 16;

    // A filter matching fewer rows than this is read and sorted; one matching more is checked while walking the order.
    private const int DriverThreshold = 1_000;

    private static readonly IReadOnlyList<ContentOrder> DefaultOrder = [new ContentOrder(ContentField.ModifiedUtc, Descending: true)];

    public async Task<ContentPage> RunAsync(ContentQuery query, CancellationToken cancellationToken)
    {
        var keys = query.OrderBy is { Count: > 0 } ordered ? ordered : DefaultOrder;
        var compiler = new SqlFilterCompiler(sql.Dialect) { SeekKey = keys is [{ Field.IsBuiltIn: true } only] ? only.Field : null };
        var types = query.ContentTypes is { Count: > 0 } given ? given.Distinct(StringComparer.Ordinal).ToList() : null;
        var filter = Filter(query, compiler);
        var (driver, countDriver) = await ChooseDriverAsync(query, types, compiler, cancellationToken);
        var total = query.CountTotal ? await CountAsync(query.Status, filter, types, countDriver, compiler, cancellationToken) : -1;

        var order = KeysetOrder.For(keys, query.Status, compiler);
        var signature = KeysetCursor.Signature(order.Order);
        var after = query.After is null ? ((IReadOnlyList<object?> Keys, string Id)?)null : KeysetCursor.Decode(query.After, "after", signature, order.Order);
        var before = query.Before is null ? ((IReadOnlyList<object?> Keys, string Id)?)null : KeysetCursor.Decode(query.Before, "before", signature, order.Order);
        var backwards = query.Last is not null;
        var size = Math.Clamp(query.Last ?? query.First, 1, 500);

        // Segments in the direction of travel: a cursor's own segment is read from the cursor on, the ones it lies beyond
        // are skipped; the page is complete once it holds one row more than asked (that row says whether more follow).
        var rows = new List<(ContentItem Item, object?[] Keys)>();
        var segments = Enumerable.Range(0, order.Segments.Count);
        foreach (var s in backwards ? segments.Reverse() : segments)
        {
            if ((after is { } a && s < order.SegmentOf(a.Keys)) || (before is { } b && s > order.SegmentOf(b.Keys)))
            {
                continue;
            }

            var bounds = new List<string>();
            if (after is { } from && s == order.SegmentOf(from.Keys))
            {
                bounds.Add(order.Beyond(s, from.Keys, from.Id, compiler, after: true));
            }

            if (before is { } to && s == order.SegmentOf(to.Keys))
            {
                bounds.Add(order.Beyond(s, to.Keys, to.Id, compiler, after: false));
            }

            var segment = driver is null ? order.Segments[s] : order.Segments[s].DrivenBy(driver);
            rows.AddRange(await ReadSegmentAsync(order, segment, filter, types, bounds.Count == 0 ? null : string.Join(" AND ", bounds), backwards, size + 1 - rows.Count, compiler, cancellationToken));
            if (rows.Count > size)
            {
                break;
            }
        }

        var more = rows.Count > size;
        var page = more ? rows.GetRange(0, size) : rows;
        if (backwards)
        {
            page.Reverse();
        }

        var cursors = page.Select(row => KeysetCursor.Encode(signature, row.Keys, row.Item.ContentItemId)).ToList();
        var hasNext = backwards ? query.Before is not null : more;
        return new ContentPage(page.Select(row => row.Item).ToList(), total, hasNext && cursors.Count > 0 ? cursors[^1] : null)
        {
            Cursors = cursors,
            HasNextPage = hasNext,
            HasPreviousPage = backwards ? more : query.After is not null,
        };
    }

    // One statement: choose the segment's next rows on index columns (per type, merged, when there are several), then
    // read those versions whole.
    private async Task<List<(ContentItem Item, object?[] Keys)>> ReadSegmentAsync(
        KeysetOrder order, KeysetSegment segment, string filter, List<string>? types, string? bounds, bool backwards, int limit, SqlFilterCompiler compiler, CancellationToken cancellationToken)
    {
        var count = compiler.Parameter(limit);
        string Chooser(string? typeCondition) => segment.Chooser(filter, typeCondition, bounds, order.Descending, order.TieDescending, backwards, count);
        var chooser = types is { Count: > 1 and <= MaxMergedTypes }
            ? string.Join(" UNION ALL ", types.Select((type, i) => $"SELECT * FROM ({Chooser($"{segment.TypeColumn} = {compiler.Parameter(type)}")}) c{i}"))
            : Chooser(types is null ? null : compiler.Types(segment.TypeColumn, types));
        var keys = segment.Keys.Select((key, k) => key is null ? null : $"p.k{k}").ToArray();
        var columns = string.Concat(Enumerable.Range(0, keys.Length).Select(k => $", p.k{k}"));
        var statement = $"""
            SELECT {SqlContentRepository.VersionColumns}{columns}
            FROM ({chooser}) p JOIN content_versions v ON v.content_item_version_id = p.vid
            ORDER BY {segment.OrderBy(keys, order.Descending, order.TieDescending, backwards, "p.iid")} LIMIT {count}
            """;
        return await sql.QueryAsync(
            statement,
            r => (readVersion(r), order.ReadKeys(r, SqlContentRepository.VersionColumnCount, sql.Dialect)),
            cancellationToken,
            UsedBy(statement, compiler));
    }

    // A count reads every match: from the driving filter's rows when there is one, else from the list's index.
    private async Task<int> CountAsync(ContentStatusFilter status, string filter, List<string>? types, string? driver, SqlFilterCompiler compiler, CancellationToken cancellationToken)
    {
        var from = driver is null ? "content_versions v WHERE " : $"({driver}) m CROSS JOIN content_versions v WHERE v.content_item_version_id = m.mid AND ";
        var statement = $"SELECT COUNT(*) FROM {from}{filter}{(types is null ? string.Empty : " AND " + compiler.Types("v.content_type", types))}";
        var parameters = UsedBy(statement, compiler);
        // Published lists change only when the content generation does; a read session sees one generation throughout.
        if (caches is null || generation is null || status != ContentStatusFilter.Published)
        {
            return (int)await sql.ScalarAsync<long>(statement, cancellationToken, parameters);
        }

        var current = await generation.GetAsync(cancellationToken);
        var key = ContentCountCache.Key(statement, parameters);
        if (caches.Counts.TryGet(key, current, out var cached))
        {
            return cached;
        }

        var total = (int)await sql.ScalarAsync<long>(statement, cancellationToken, parameters);
        caches.Counts.Set(key, current, total);
        return total;
    }

    // The condition to read a page from instead of walking the order's index (see KeysetSegment.DrivenBy): one that matches
    // few rows by construction (an id or slug), or else one whose matches, counted up to DriverThreshold, are fewer than
    // that. A walk reads about page size / selectivity rows, so past the threshold walking costs less than sorting every
    // match. The count's driver is any such condition: a count reads every match either way.
    private async Task<(string? Page, string? Count)> ChooseDriverAsync(ContentQuery query, List<string>? types, SqlFilterCompiler compiler, CancellationToken cancellationToken)
    {
        var conditions = query.Where is null ? [] : Conjuncts(query.Where).ToList();
        if (query.Slug is not null)
        {
            conditions.Insert(0, new FieldFilter(ContentField.Slug, FilterOperator.Equal, [query.Slug]));
        }

        // Comparisons on one built-in column are one candidate (both ends of a range may each match almost everything).
        var candidates = new List<string>();
        if (types is not null)
        {
            candidates.AddRange(conditions.OfType<FieldFilter>()
                .Where(f => f.Field.IsBuiltIn && f.Field.Name is not ("id" or "slug") && SqlFilterCompiler.Seekable(f.Operator))
                .GroupBy(f => f.Field.Name)
                .Where(g => g.Count() > 1)
                .Select(g => compiler.Range([.. g], query.Status, types)));
        }

        foreach (var condition in conditions)
        {
            if (compiler.Rows(condition, query.Status, types, out var bounded) is not { } rows)
            {
                continue;
            }

            if (bounded)
            {
                return (rows, rows);
            }

            candidates.Add(rows);
        }

        foreach (var rows in candidates)
        {
            var probe = $"SELECT COUNT(*) FROM ({rows} LIMIT {compiler.Parameter(DriverThreshold)}) t";
            var parameters = UsedBy(probe, compiler);
            var key = ContentCountCache.Key(probe, parameters);
            if (caches?.Selectivity.TryGet(key, out var matches) != true)
            {
                matches = await sql.ScalarAsync<long>(probe, cancellationToken, parameters);
                caches?.Selectivity.Set(key, matches);
            }

            if (matches < DriverThreshold)
            {
                return (rows, rows);
            }
        }

        return (null, candidates.FirstOrDefault());
    }

    private static IEnumerable<ContentFilter> Conjuncts(ContentFilter filter) =>
        filter is AndFilter and ? and.Filters.SelectMany(Conjuncts) : [filter];

    private static string Filter(ContentQuery query, SqlFilterCompiler compiler)
    {
        var where = new StringBuilder(compiler.Status("v", query.Status));
        if (query.WorkflowStatuses is { Count: > 0 } statuses)
        {
            where.Append(" AND ").Append(compiler.Types("v.workflow_status", statuses.Distinct(StringComparer.Ordinal).ToList()));
        }

        if (!string.IsNullOrWhiteSpace(query.DisplayTextContains))
        {
            where.Append(" AND ").Append(compiler.Compile(new FieldFilter(ContentField.DisplayText, FilterOperator.Contains, [query.DisplayTextContains.Trim()]), "v", query.Status));
        }

        if (query.Owner is not null)
        {
            where.Append($" AND v.owner = {compiler.Parameter(query.Owner)}");
        }

        if (query.Slug is not null)
        {
            where.Append($" AND v.slug = {compiler.Parameter(query.Slug)}");
        }

        if (query.Cultures is { } cultures)
        {
            where.Append(" AND ").Append(Cultures(cultures, query.Status, compiler));
        }

        if (query.Where is not null)
        {
            where.Append(" AND ").Append(compiler.Compile(query.Where, "v", query.Status));
        }

        return where.ToString();
    }

    // A row in the k-th culture of the chain counts when no live member of its set is in one of the cultures before it: one
    // probe of the set index per row of a fallback culture (row by row: a page must not read every member of a culture).
    private static string Cultures(IReadOnlyList<string> chain, ContentStatusFilter status, SqlFilterCompiler compiler)
    {
        var cultures = chain.Distinct(StringComparer.Ordinal).Select(c => compiler.Parameter(c)).ToList();
        if (cultures.Count == 0)
        {
            return "1 = 0";
        }

        var members = compiler.Status("o", status == ContentStatusFilter.Published ? ContentStatusFilter.Published : ContentStatusFilter.Latest);
        var terms = cultures.Select((culture, k) => k == 0
            ? $"v.culture = {culture}"
            : $"(v.culture = {culture} AND NOT EXISTS (SELECT 1 FROM content_versions o WHERE o.localization_set = v.localization_set AND {members} AND o.culture IN ({string.Join(", ", cultures.Take(k))}){compiler.Dialect.RowByRow}))");
        return cultures.Count == 1 ? terms.Single() : "(" + string.Join(" OR ", terms) + ")";
    }

    // The compiler's parameters that the statement names (each statement of a query uses only some of them).
    private static (string Name, object? Value)[] UsedBy(string statement, SqlFilterCompiler compiler)
    {
        var named = ParameterName().Matches(statement).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        return compiler.Parameters.Where(p => named.Contains(p.Name)).ToArray();
    }

    [GeneratedRegex(@"@q\d+\b")]
    private static partial Regex ParameterName();
}
