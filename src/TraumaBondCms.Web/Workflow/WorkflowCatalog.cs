using System.Collections.Frozen;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Data;

namespace TraumaBondCms.Web.Workflow;

/// <summary>
/// The workflow definitions in memory, loaded at start and replaced when a recipe changes them. Thread-safe;
/// callers take what they need per request.
/// </summary>
public sealed class WorkflowCatalog(ICmsStore store)
{
    private volatile FrozenDictionary<string, WorkflowDefinition> _workflows = FrozenDictionary<string, WorkflowDefinition>.Empty;

    /// <summary>Raised after the workflows are replaced (e.g. so the GraphQL schema's <c>WorkflowStatus</c> enum follows).</summary>
    public event Action<IReadOnlyCollection<WorkflowDefinition>>? Changed;

    /// <summary>All workflows.</summary>
    public IReadOnlyCollection<WorkflowDefinition> All => _workflows.Values;

    /// <summary>The workflow a content type follows; null when the type has none (published without review).</summary>
    public WorkflowDefinition? For(ContentTypeDefinition type) =>
        type.Workflow is { } name ? _workflows.GetValueOrDefault(name) ?? throw new InvalidOperationException($"Content type '{type.Name}' names workflow '{name}', which is not defined.") : null;

    /// <summary>Reloads the workflows from the store.</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken = default)
    {
        await using var session = await store.OpenReadAsync(cancellationToken);
        Replace(await session.Site.GetWorkflowsAsync(cancellationToken));
    }

    /// <summary>Replaces the workflows (after the change that produced them has committed).</summary>
    public void Replace(IEnumerable<WorkflowDefinition> workflows)
    {
        var replaced = workflows.ToFrozenDictionary(w => w.Name, StringComparer.Ordinal);
        _workflows = replaced;
        Changed?.Invoke(replaced.Values);
    }
}
