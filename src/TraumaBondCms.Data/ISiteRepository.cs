using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Data;

/// <summary>Site-wide state: settings, content type definitions and the record of recipe runs.</summary>
public interface ISiteRepository
{
    /// <summary>All settings as JSON values by key.</summary>
    Task<IReadOnlyDictionary<string, string>> GetSettingsAsync(CancellationToken cancellationToken = default);

    /// <summary>Sets one setting to a JSON value.</summary>
    Task SetSettingAsync(string key, string jsonValue, CancellationToken cancellationToken = default);

    /// <summary>Every stored content type definition.</summary>
    Task<IReadOnlyList<ContentTypeDefinition>> GetContentTypesAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds or replaces content type definitions by name.</summary>
    Task UpsertContentTypesAsync(IReadOnlyList<ContentTypeDefinition> types, CancellationToken cancellationToken = default);

    /// <summary>Every stored workflow definition.</summary>
    Task<IReadOnlyList<Core.Workflow.WorkflowDefinition>> GetWorkflowsAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds or replaces workflow definitions by name.</summary>
    Task UpsertWorkflowsAsync(IReadOnlyList<Core.Workflow.WorkflowDefinition> workflows, CancellationToken cancellationToken = default);

    /// <summary>Records that a recipe ran; <paramref name="recipeHash"/> identifies its exact text.</summary>
    Task RecordRecipeRunAsync(string recipeName, string recipeHash, DateTimeOffset ranUtc, string? ranBy, CancellationToken cancellationToken = default);

    /// <summary>True when a recipe of this name has run at least once.</summary>
    Task<bool> HasRecipeRunAsync(string recipeName, CancellationToken cancellationToken = default);

    /// <summary>
    /// How many recipe runs the database has recorded: it grows with every committed run (runs are never deleted), so a
    /// process that saw a smaller number knows that definitions, roles or workflows may have changed since (a run from the
    /// CLI, or on another instance).
    /// </summary>
    Task<long> CountRecipeRunsAsync(CancellationToken cancellationToken = default);
}
