using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Data.Sql;

/// <summary>
/// Writes new items with all their versions in multi-row statements (see <see cref="IContentRepository.ImportAsync"/>):
/// a few statements per few hundred rows, where one by one an item costs a dozen round trips.
/// </summary>
internal sealed class SqlContentImport(SqlRunner sql, SqlSearchIndex search)
{
    public async Task RunAsync(IReadOnlyList<ContentImport> versions, CancellationToken cancellationToken)
    {
        var items = versions.GroupBy(v => v.Version.ContentItemId, StringComparer.Ordinal).Select(Validate).ToList();
        await RefuseTakenSlugsAsync(items, cancellationToken);

        await sql.InsertRowsAsync(
            "content_items (content_item_id, content_type, owner, created_utc, culture, localization_set, translation_of)",
            items.Select(item => item[0].Version).Select(v => new object?[] { v.ContentItemId, v.ContentType, v.Owner, sql.Dialect.ToDbTime(v.CreatedUtc), v.Culture, v.LocalizationSet, v.TranslationOf }),
            cancellationToken);
        await sql.InsertRowsAsync(
            """
            content_versions (content_item_version_id, content_item_id, content_type, version_number, latest, published, display_text, slug, author,
                modified_utc, published_utc, content_hash, fields, workflow_status, owner, created_utc, deleted, reviewed_utc,
                culture, localization_set, translation_of, source_version_id)
            """,
            versions.Select(i => i.Version).Select(v => new object?[]
            {
                v.ContentItemVersionId, v.ContentItemId, v.ContentType, v.Version, v.Latest, v.Published, v.DisplayText, v.Slug, v.Author,
                sql.Dialect.ToDbTime(v.ModifiedUtc), sql.Dialect.ToDbTime(v.PublishedUtc), v.ContentHash, v.Fields.ToCanonicalJson(), v.Status,
                v.Owner, sql.Dialect.ToDbTime(v.CreatedUtc), false, null, v.Culture, v.LocalizationSet, v.TranslationOf, v.SourceVersionId,
            }),
            cancellationToken);
        await sql.InsertRowsAsync(
            "content_field_index (content_item_version_id, content_item_id, content_type, field_name, text_value, number_value, bool_value)",
            versions.Where(i => i.Version.Latest || i.Version.Published).SelectMany(i => i.Index.Select(row => new object?[]
            {
                i.Version.ContentItemVersionId, i.Version.ContentItemId, i.Version.ContentType, row.Field, row.Text, row.Number, row.Boolean,
            })),
            cancellationToken);
        await sql.InsertRowsAsync(
            "content_slugs (content_type, culture, slug, content_item_id)",
            items.SelectMany(item => Reserved(item).Select(slug => new object?[] { item[0].Version.ContentType, item[0].Version.Culture, slug, item[0].Version.ContentItemId })),
            cancellationToken);

        foreach (var version in versions.Where(v => v.Search is not null))
        {
            await search.InsertDocumentAsync(version.Version.ContentItemVersionId, version.Search!, cancellationToken);
        }

        foreach (var id in versions.Where(v => v.Search is not null).Select(v => v.Version.ContentItemId).Distinct(StringComparer.Ordinal))
        {
            await search.SyncItemAsync(id, cancellationToken);
        }
    }

    private static List<ContentImport> Validate(IGrouping<string, ContentImport> item)
    {
        var versions = item.OrderBy(v => v.Version.Version).ToList();
        var first = versions[0].Version;
        string? problem = null;
        if (versions.Any(v => v.Version.ContentType != first.ContentType || v.Version.Owner != first.Owner || v.Version.CreatedUtc != first.CreatedUtc
            || v.Version.Culture != first.Culture || v.Version.LocalizationSet != first.LocalizationSet || v.Version.TranslationOf != first.TranslationOf))
        {
            problem = "its versions differ in type, owner, creation time, culture, localization set or source";
        }
        else if (versions.Select(v => v.Version.Version).Distinct().Count() != versions.Count || versions.Count(v => v.Version.Latest) != 1 || !versions[^1].Version.Latest)
        {
            problem = "its version numbers repeat, or its latest version is not exactly its last one";
        }
        else if (versions.Count(v => v.Version.Published) > 1 || versions.Any(v => v.Version.Published && v.Version.PublishedUtc is null))
        {
            problem = "more than one version is published, or a published version has no publication time";
        }

        return problem is null ? versions : throw new ArgumentException($"Item '{item.Key}' cannot be imported: {problem}.", nameof(item));
    }

    // The slugs an item holds: those of its latest and published versions.
    private static IEnumerable<string> Reserved(List<ContentImport> item) =>
        item.Where(v => (v.Version.Latest || v.Version.Published) && v.Version.Slug is not null).Select(v => v.Version.Slug!).Distinct(StringComparer.Ordinal);

    private async Task RefuseTakenSlugsAsync(List<List<ContentImport>> items, CancellationToken cancellationToken)
    {
        var wanted = items.SelectMany(item => Reserved(item).Select(slug => (Type: item[0].Version.ContentType, item[0].Version.Culture, Slug: slug))).ToList();
        if (wanted.GroupBy(w => w).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new DuplicateSlugException(twice.Key.Type, twice.Key.Slug, null);
        }

        foreach (var type in wanted.GroupBy(w => (w.Type, w.Culture)))
        {
            foreach (var chunk in type.Select(w => w.Slug).Chunk(SqlRunner.RowsPerInsert))
            {
                var parameters = chunk.Select((slug, i) => ($"@s{i}", (object?)slug)).Append(("@type", type.Key.Type)).Append(("@culture", type.Key.Culture)).ToArray();
                var taken = await sql.QueryAsync(
                    $"SELECT slug FROM content_slugs WHERE content_type = @type AND culture = @culture AND slug IN ({string.Join(", ", chunk.Select((_, i) => $"@s{i}"))})",
                    r => r.GetString(0),
                    cancellationToken,
                    parameters);
                if (taken.Count > 0)
                {
                    throw new DuplicateSlugException(type.Key.Type, taken[0], null);
                }
            }
        }
    }
}
