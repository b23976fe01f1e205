using System.Text.Json;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Serialization;

namespace TraumaBondCms.Data.Sql;

/// <summary>Settings, content definitions and recipe runs in portable SQL; see <see cref="ISiteRepository"/>.</summary>
public sealed class SqlSiteRepository(SqlRunner sql) : ISiteRepository
{
    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, string>> GetSettingsAsync(CancellationToken cancellationToken = default) =>
        (await sql.QueryAsync("SELECT setting_key, setting_value FROM settings", r => (r.GetString(0), r.GetString(1)), cancellationToken))
            .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);

    /// <inheritdoc />
    public async Task SetSettingAsync(string key, string jsonValue, CancellationToken cancellationToken = default) =>
        await sql.ExecuteAsync(
            "INSERT INTO settings (setting_key, setting_value) VALUES (@key, @value) ON CONFLICT (setting_key) DO UPDATE SET setting_value = excluded.setting_value",
            cancellationToken,
            ("@key", key),
            ("@value", jsonValue));

    /// <inheritdoc />
    public async Task<IReadOnlyList<ContentTypeDefinition>> GetContentTypesAsync(CancellationToken cancellationToken = default) =>
        await sql.QueryAsync(
            "SELECT definition FROM content_types ORDER BY name",
            r => JsonSerializer.Deserialize<ContentTypeDefinition>(r.GetString(0), CmsJson.Options)!,
            cancellationToken);

    /// <inheritdoc />
    public async Task UpsertContentTypesAsync(IReadOnlyList<ContentTypeDefinition> types, CancellationToken cancellationToken = default)
    {
        foreach (var type in types)
        {
            await sql.ExecuteAsync(
                "INSERT INTO content_types (name, definition) VALUES (@name, @definition) ON CONFLICT (name) DO UPDATE SET definition = excluded.definition",
                cancellationToken,
                ("@name", type.Name),
                ("@definition", JsonSerializer.Serialize(type, CmsJson.Options)));
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Core.Workflow.WorkflowDefinition>> GetWorkflowsAsync(CancellationToken cancellationToken = default) =>
        await sql.QueryAsync(
            "SELECT definition FROM workflows ORDER BY name",
            r => JsonSerializer.Deserialize<Core.Workflow.WorkflowDefinition>(r.GetString(0), CmsJson.Options)!,
            cancellationToken);

    /// <inheritdoc />
    public async Task UpsertWorkflowsAsync(IReadOnlyList<Core.Workflow.WorkflowDefinition> workflows, CancellationToken cancellationToken = default)
    {
        foreach (var workflow in workflows)
        {
            await sql.ExecuteAsync(
                "INSERT INTO workflows (name, definition) VALUES (@name, @definition) ON CONFLICT (name) DO UPDATE SET definition = excluded.definition",
                cancellationToken,
                ("@name", workflow.Name),
                ("@definition", JsonSerializer.Serialize(workflow, CmsJson.Options)));
        }
    }

    /// <inheritdoc />
    public async Task RecordRecipeRunAsync(string recipeName, string recipeHash, DateTimeOffset ranUtc, string? ranBy, CancellationToken cancellationToken = default) =>
        await sql.ExecuteAsync(
            "INSERT INTO recipe_runs (recipe_name, recipe_hash, ran_utc, ran_by) VALUES (@name, @hash, @at, @by)",
            cancellationToken,
            ("@name", recipeName),
            ("@hash", recipeHash),
            ("@at", sql.Dialect.ToDbTime(ranUtc)),
            ("@by", ranBy));

    /// <inheritdoc />
    public async Task<bool> HasRecipeRunAsync(string recipeName, CancellationToken cancellationToken = default) =>
        await sql.ScalarAsync<long>("SELECT COUNT(*) FROM recipe_runs WHERE recipe_name = @name", cancellationToken, ("@name", recipeName)) > 0;

    /// <inheritdoc />
    public async Task<long> CountRecipeRunsAsync(CancellationToken cancellationToken = default) =>
        await sql.ScalarAsync<long>("SELECT COUNT(*) FROM recipe_runs", cancellationToken);
}
