using System.Data.Common;
using System.Text.Json;
using TraumaBondCms.Core.Media;
using TraumaBondCms.Data.Media;

namespace TraumaBondCms.Data.Sql;

/// <summary>The media library in portable SQL; see <see cref="IMediaRepository"/>.</summary>
public sealed class SqlMediaRepository(SqlRunner sql) : IMediaRepository
{
    private const string SelectFile = "SELECT sha256, mime_type, byte_length, width, height, dominant_color, blur_hash, created_utc FROM media_files";

    private const string AssetColumns = "asset_id, file_name, kind, sha256, alt, tags, focal_x, focal_y, created_by, created_utc, modified_by, modified_utc, deleted_utc";

    private const string SelectAsset = "SELECT " + AssetColumns + " FROM media_assets";

    // The columns of media_assets as "a" in a join.
    private static readonly string AliasedAssetColumns = string.Join(", ", AssetColumns.Split(", ").Select(c => "a." + c));

    /// <inheritdoc />
    public async Task<MediaFile?> GetFileAsync(string sha256, CancellationToken cancellationToken = default) =>
        (await sql.QueryAsync($"{SelectFile} WHERE sha256 = @sha", ReadFile, cancellationToken, ("@sha", sha256))).FirstOrDefault();

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, MediaFile>> GetFilesAsync(IReadOnlyCollection<string> sha256s, CancellationToken cancellationToken = default)
    {
        if (sha256s.Count == 0)
        {
            return new Dictionary<string, MediaFile>();
        }

        var (list, parameters) = SqlLists.In("sha", sha256s);
        return (await sql.QueryAsync($"{SelectFile} WHERE sha256 IN ({list})", ReadFile, cancellationToken, parameters)).ToDictionary(f => f.Sha256, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public async Task AddFileAsync(MediaFile file, CancellationToken cancellationToken = default) =>
        await sql.ExecuteAsync(
            """
            INSERT INTO media_files (sha256, mime_type, byte_length, width, height, dominant_color, blur_hash, created_utc)
            VALUES (@sha, @mime, @length, @width, @height, @color, @blur, @created)
            ON CONFLICT (sha256) DO NOTHING
            """,
            cancellationToken,
            ("@sha", file.Sha256),
            ("@mime", file.MimeType),
            ("@length", file.ByteLength),
            ("@width", file.Width),
            ("@height", file.Height),
            ("@color", file.DominantColor),
            ("@blur", file.BlurHash),
            ("@created", sql.Dialect.ToDbTime(file.CreatedUtc)));

    /// <inheritdoc />
    public async Task AddAssetAsync(MediaAsset asset, CancellationToken cancellationToken = default)
    {
        await sql.ExecuteAsync(
            """
            INSERT INTO media_assets (asset_id, file_name, kind, sha256, alt, tags, search_text, focal_x, focal_y, created_by, created_utc, modified_by, modified_utc)
            VALUES (@id, @name, @kind, @sha, @alt, @tags, @search, @fx, @fy, @by, @created, @by, @created)
            """,
            cancellationToken,
            ("@id", asset.AssetId),
            ("@name", asset.FileName),
            ("@kind", asset.Kind.ToString()),
            ("@sha", asset.Sha256),
            ("@alt", asset.Alt),
            ("@tags", JsonSerializer.Serialize(asset.Tags)),
            ("@search", SearchText(asset)),
            ("@fx", asset.FocalX),
            ("@fy", asset.FocalY),
            ("@by", asset.CreatedBy),
            ("@created", sql.Dialect.ToDbTime(asset.CreatedUtc)));
        await AddTagsAsync(asset, cancellationToken);
        await AddAssetFileAsync(asset.AssetId, asset.Sha256, asset.CreatedUtc, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<MediaAsset?> GetAssetAsync(string assetId, CancellationToken cancellationToken = default) =>
        (await sql.QueryAsync($"{SelectAsset} WHERE asset_id = @id", ReadAsset, cancellationToken, ("@id", assetId))).FirstOrDefault();

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, MediaAsset>> GetAssetsAsync(IReadOnlyCollection<string> assetIds, CancellationToken cancellationToken = default)
    {
        if (assetIds.Count == 0)
        {
            return new Dictionary<string, MediaAsset>();
        }

        var (list, parameters) = SqlLists.In("id", assetIds);
        return (await sql.QueryAsync($"{SelectAsset} WHERE asset_id IN ({list})", ReadAsset, cancellationToken, parameters)).ToDictionary(a => a.AssetId, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public async Task<MediaAsset?> FindAssetByFileAsync(string sha256, CancellationToken cancellationToken = default) =>
        (await sql.QueryAsync($"{SelectAsset} WHERE sha256 = @sha AND deleted_utc IS NULL ORDER BY created_utc, asset_id LIMIT 1", ReadAsset, cancellationToken, ("@sha", sha256))).FirstOrDefault();

    /// <inheritdoc />
    public async Task UpdateAssetAsync(MediaAsset asset, CancellationToken cancellationToken = default)
    {
        await sql.ExecuteAsync(
            """
            UPDATE media_assets SET file_name = @name, sha256 = @sha, alt = @alt, tags = @tags, search_text = @search, focal_x = @fx, focal_y = @fy,
                modified_by = @by, modified_utc = @at
            WHERE asset_id = @id
            """,
            cancellationToken,
            ("@id", asset.AssetId),
            ("@name", asset.FileName),
            ("@sha", asset.Sha256),
            ("@alt", asset.Alt),
            ("@tags", JsonSerializer.Serialize(asset.Tags)),
            ("@search", SearchText(asset)),
            ("@fx", asset.FocalX),
            ("@fy", asset.FocalY),
            ("@by", asset.ModifiedBy),
            ("@at", sql.Dialect.ToDbTime(asset.ModifiedUtc)));
        await sql.ExecuteAsync("DELETE FROM media_asset_tags WHERE asset_id = @id", cancellationToken, ("@id", asset.AssetId));
        await AddTagsAsync(asset, cancellationToken);
        await AddAssetFileAsync(asset.AssetId, asset.Sha256, asset.ModifiedUtc, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> GetAssetFilesAsync(string assetId, CancellationToken cancellationToken = default) =>
        await sql.QueryAsync("SELECT sha256 FROM media_asset_files WHERE asset_id = @id ORDER BY added_utc DESC, sha256", r => r.GetString(0), cancellationToken, ("@id", assetId));

    /// <inheritdoc />
    public async Task<bool> DeleteAssetAsync(string assetId, string deletedBy, DateTimeOffset deletedUtc, CancellationToken cancellationToken = default)
    {
        var deleted = await sql.ExecuteAsync(
            "UPDATE media_assets SET deleted_utc = @at, deleted_by = @by WHERE asset_id = @id AND deleted_utc IS NULL",
            cancellationToken,
            ("@id", assetId),
            ("@by", deletedBy),
            ("@at", sql.Dialect.ToDbTime(deletedUtc))) == 1;
        if (deleted)
        {
            // A deleted asset leaves the tag pages (its row keeps its tags).
            await sql.ExecuteAsync("DELETE FROM media_asset_tags WHERE asset_id = @id", cancellationToken, ("@id", assetId));
        }

        return deleted;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<MediaAsset>> ListAsync(MediaQuery query, CancellationToken cancellationToken = default)
    {
        // With a tag, the tag's index gives the page in the library's order (its rows carry the asset's creation time).
        var (from, key) = query.Tag is null ? ("media_assets a", "a") : ("media_asset_tags t JOIN media_assets a ON a.asset_id = t.asset_id", "t");
        var where = new List<string> { "a.deleted_utc IS NULL" };
        var parameters = new List<(string, object?)> { ("@first", query.First) };
        if (query.After is { } after && await GetAssetAsync(after, cancellationToken) is { } last)
        {
            // A row value, so both engines start the index walk at the cursor instead of filtering every newer row.
            where.Add($"({key}.created_utc, {key}.asset_id) < (@afterTime, @afterId)");
            parameters.Add(("@afterTime", sql.Dialect.ToDbTime(last.CreatedUtc)));
            parameters.Add(("@afterId", last.AssetId));
        }

        if (query.Kind is { } kind)
        {
            where.Add("a.kind = @kind");
            parameters.Add(("@kind", kind.ToString()));
        }

        if (query.Tag is { } tag)
        {
            where.Add("t.tag = @tag");
            parameters.Add(("@tag", tag.ToLowerInvariant()));
        }

        var words = (query.Text ?? string.Empty).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(8).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            // search_text is lower-case; the pattern's wildcards in the word itself are escaped.
            where.Add($"a.search_text LIKE @word{i} ESCAPE '\\'");
            parameters.Add(($"@word{i}", "%" + words[i].Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%"));
        }

        return await sql.QueryAsync(
            $"SELECT {AliasedAssetColumns} FROM {from} WHERE {string.Join(" AND ", where)} ORDER BY {key}.created_utc DESC, {key}.asset_id DESC LIMIT @first",
            ReadAsset,
            cancellationToken,
            [.. parameters]);
    }

    /// <inheritdoc />
    public async Task AddUsesAsync(string contentItemVersionId, IReadOnlyCollection<(string Field, string AssetId, string Sha256)> uses, CancellationToken cancellationToken = default)
    {
        foreach (var (field, assetId, sha256) in uses.Distinct())
        {
            await sql.ExecuteAsync(
                "INSERT INTO media_uses (content_item_version_id, field, asset_id, sha256) VALUES (@version, @field, @asset, @sha)",
                cancellationToken,
                ("@version", contentItemVersionId),
                ("@field", field),
                ("@asset", assetId),
                ("@sha", sha256));
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<MediaUsage>> GetUsagesAsync(string assetId, CancellationToken cancellationToken = default) =>
        await sql.QueryAsync(
            """
            SELECT v.content_item_id, v.content_item_version_id, v.content_type, v.display_text, v.version_number, v.latest, v.published, u.field, u.asset_id, u.sha256
            FROM media_uses u
            JOIN content_versions v ON v.content_item_version_id = u.content_item_version_id
            JOIN content_items i ON i.content_item_id = v.content_item_id
            WHERE u.asset_id = @id AND (v.latest OR v.published) AND i.deleted_utc IS NULL
            ORDER BY v.display_text, v.content_item_id, v.version_number
            """,
            r => new MediaUsage(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4), r.GetBoolean(5), r.GetBoolean(6), r.GetString(7), r.GetString(8), r.GetString(9)),
            cancellationToken,
            ("@id", assetId));

    /// <inheritdoc />
    public async Task<bool> IsPublishedAsync(string sha256, CancellationToken cancellationToken = default) =>
        await sql.ScalarAsync<int?>(
            """
            SELECT 1 FROM media_uses u
            JOIN content_versions v ON v.content_item_version_id = u.content_item_version_id
            JOIN content_items i ON i.content_item_id = v.content_item_id
            WHERE u.sha256 = @sha AND v.published AND i.deleted_utc IS NULL
            LIMIT 1
            """,
            cancellationToken,
            ("@sha", sha256)) == 1;

    private async Task AddTagsAsync(MediaAsset asset, CancellationToken cancellationToken)
    {
        foreach (var tag in asset.Tags.Select(t => t.ToLowerInvariant()).Distinct(StringComparer.Ordinal))
        {
            await sql.ExecuteAsync(
                "INSERT INTO media_asset_tags (asset_id, tag, created_utc) VALUES (@id, @tag, @created)",
                cancellationToken,
                ("@id", asset.AssetId),
                ("@tag", tag),
                ("@created", sql.Dialect.ToDbTime(asset.CreatedUtc)));
        }
    }

    /// <inheritdoc />
    public async Task AddAssetFileAsync(string assetId, string sha256, DateTimeOffset addedUtc, CancellationToken cancellationToken = default) =>
        await sql.ExecuteAsync(
            "INSERT INTO media_asset_files (asset_id, sha256, added_utc) VALUES (@id, @sha, @at) ON CONFLICT (asset_id, sha256) DO NOTHING",
            cancellationToken,
            ("@id", assetId),
            ("@sha", sha256),
            ("@at", sql.Dialect.ToDbTime(addedUtc)));

    private static string SearchText(MediaAsset asset) => string.Join(' ', [asset.FileName, asset.Alt ?? string.Empty, .. asset.Tags]).ToLowerInvariant();

    private MediaFile ReadFile(DbDataReader r) => new()
    {
        Sha256 = r.GetString(0),
        MimeType = r.GetString(1),
        ByteLength = r.GetInt64(2),
        Width = r.IsDBNull(3) ? null : r.GetInt32(3),
        Height = r.IsDBNull(4) ? null : r.GetInt32(4),
        DominantColor = r.IsDBNull(5) ? null : r.GetString(5),
        BlurHash = r.IsDBNull(6) ? null : r.GetString(6),
        CreatedUtc = sql.Dialect.ReadTime(r, 7),
    };

    private MediaAsset ReadAsset(DbDataReader r) => new()
    {
        AssetId = r.GetString(0),
        FileName = r.GetString(1),
        Kind = Enum.Parse<MediaKind>(r.GetString(2)),
        Sha256 = r.GetString(3),
        Alt = r.IsDBNull(4) ? null : r.GetString(4),
        Tags = JsonSerializer.Deserialize<string[]>(r.GetString(5)) ?? [],
        FocalX = r.GetDouble(6),
        FocalY = r.GetDouble(7),
        CreatedBy = r.GetString(8),
        CreatedUtc = sql.Dialect.ReadTime(r, 9),
        ModifiedBy = r.GetString(10),
        ModifiedUtc = sql.Dialect.ReadTime(r, 11),
        DeletedUtc = sql.Dialect.ReadNullableTime(r, 12),
    };
}
