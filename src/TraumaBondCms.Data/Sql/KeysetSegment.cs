using System.Text;

namespace TraumaBondCms.Data.Sql;

/// <summary>
/// One contiguous run of a keyset list in its order, read by one statement that walks one index: all rows of a list whose
/// order keys are never absent; or, for a single key that can be absent, the rows that have it (in key order) and then the
/// rows that do not (in id order). Each statement first chooses the page on narrow index columns (version id, item id,
/// keys) and only then reads those rows whole, so no sort ever carries a version's fields.
/// </summary>
/// <param name="From">The FROM clause; the version table is always <c>v</c>.</param>
/// <param name="TypeColumn">The column compared with the content types (on the table the index walk starts from).</param>
/// <param name="Condition">What the segment adds to the list's filter (e.g. <c>v.slug IS NOT NULL</c>); null for nothing.</param>
/// <param name="Keys">The order key expressions; null entries are keys absent on every row of this segment.</param>
/// <param name="Tie">The item id expression that breaks ties (on the same table as the keys, so one index holds the order).</param>
/// <param name="NullsLast">Whether keys may be absent within the segment (then the order states where absent values go).</param>
internal sealed record KeysetSegment(string From, string TypeColumn, string? Condition, IReadOnlyList<string?> Keys, string Tie, bool NullsLast)
{
    /// <summary>The alias whose <c>content_item_version_id</c> the segment's rows are keyed by (the table its walk starts from).</summary>
    public string Anchor => TypeColumn[..TypeColumn.IndexOf('.', StringComparison.Ordinal)];

    /// <summary>
    /// The segment read from a set of version ids (<paramref name="rows"/>, column <c>mid</c>) instead of from the start of
    /// its index: for a filter that matches few rows, reading those and sorting them beats walking the index past the rest.
    /// </summary>
    public KeysetSegment DrivenBy(string rows) => this with
    {
        From = $"FROM ({rows}) m CROSS JOIN {From["FROM ".Length..]}",
        Condition = $"{Anchor}.content_item_version_id = m.mid" + (Condition is null ? string.Empty : " AND " + Condition),
    };

    /// <summary>The SQL that chooses up to <paramref name="limit"/> rows: columns vid, iid, k0..kn.</summary>
    public string Chooser(string filter, string? types, string? cursor, IReadOnlyList<bool> descending, bool tieDescending, bool backwards, string limit)
    {
        var sql = new StringBuilder("SELECT v.content_item_version_id AS vid, ").Append(Tie).Append(" AS iid");
        for (var k = 0; k < Keys.Count; k++)
        {
            sql.Append(", ").Append(Keys[k] ?? "NULL").Append(" AS k").Append(k);
        }

        sql.Append(' ').Append(From).Append(" WHERE ").Append(filter);
        foreach (var condition in new[] { types, Condition, cursor })
        {
            if (condition is not null)
            {
                sql.Append(" AND ").Append(condition);
            }
        }

        sql.Append(" ORDER BY ").Append(OrderBy(Keys, descending, tieDescending, backwards, Tie)).Append(" LIMIT ").Append(limit);
        return sql.ToString();
    }

    /// <summary>The ORDER BY terms over the given key and tie expressions (absent keys left out).</summary>
    public string OrderBy(IReadOnlyList<string?> keys, IReadOnlyList<bool> descending, bool tieDescending, bool backwards, string tie)
    {
        var terms = new List<string>();
        for (var k = 0; k < keys.Count; k++)
        {
            if (keys[k] is { } key)
            {
                terms.Add($"{key} {Direction(descending[k], backwards)}{(NullsLast ? (backwards ? " NULLS FIRST" : " NULLS LAST") : string.Empty)}");
            }
        }

        // Ordering by the item id itself needs no tie-breaker (a second term would keep an index from giving the order).
        if (keys.Count == 0 || keys[^1] != Tie)
        {
            terms.Add($"{tie} {Direction(tieDescending, backwards)}");
        }

        return string.Join(", ", terms);
    }

    private static string Direction(bool descending, bool backwards) => descending != backwards ? "DESC" : "ASC";
}
