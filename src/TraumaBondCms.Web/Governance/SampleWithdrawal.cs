using TraumaBondCms.Core.Audit;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Content;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Governance;

/// <summary>
/// Keeps unreviewed sample content away from readers where the <see cref="SamplePolicy"/> does not allow it: at every
/// start, any published item whose published content no clinician signed and that a recipe published as a sample (a
/// database copied from a development machine, an upgrade) is taken offline in one transaction, audited as
/// <see cref="AuditActions.SampleWithdrawn"/>. It waits in the workflow for a clinical review like any other version.
/// </summary>
public sealed class SampleWithdrawal(ICmsStore store, ContentDefinitionCache definitions, WorkflowCatalog workflows, PublicationGate gate, SamplePolicy samples, TimeProvider clock, ILogger<SampleWithdrawal> logger)
{
    /// <summary>Withdraws the published samples when samples are not allowed; returns how many were withdrawn.</summary>
    public async Task<int> EnforceAsync(CancellationToken cancellationToken = default)
    {
        if (samples.Allowed)
        {
            return 0;
        }

        var reviewed = definitions.Catalog.Types.Where(t => workflows.For(t) is { RequiresApproval: true }).Select(t => t.Name).ToList();
        await using var session = await store.BeginWriteAsync(cancellationToken);
        var candidates = await session.Workflow.ListPublishedSamplesAsync(int.MaxValue, cancellationToken);
        var published = new List<ReviewState>();
        foreach (var ids in candidates.Chunk(500))
        {
            published.AddRange((await session.Workflow.GetReviewStatesAsync(reviewed, ids, cancellationToken)).Where(s => s.Sample));
        }

        if (published.Count == 0)
        {
            return 0;
        }

        var writer = new ContentWriter(session, definitions.Catalog, workflows.All, gate, clock);
        foreach (var state in published)
        {
            var version = await session.Content.GetAsync(state.ContentItemId, VersionSelector.Published, cancellationToken);
            if (version is not null)
            {
                await writer.UnpublishVersionAsync(version, workflows.For(definitions.Catalog.Get(version.ContentType))?.InitialStatus ?? "Draft", CmsActor.System,
                    $"sample content is not served unreviewed in the {samples.EnvironmentName} environment", cancellationToken);
                await session.Audit.AppendAsync(
                    AuditEntry.ForVersion(version, AuditActions.SampleWithdrawn, null, clock.GetUtcNow(), $"not clinically reviewed; not served in {samples.EnvironmentName}"),
                    cancellationToken);
            }
        }

        await session.CommitAsync(cancellationToken);
        logger.LogWarning("{Count} item(s) of unreviewed sample content were taken offline: the {Environment} environment does not serve them.", published.Count, samples.EnvironmentName);
        return published.Count;
    }
}
