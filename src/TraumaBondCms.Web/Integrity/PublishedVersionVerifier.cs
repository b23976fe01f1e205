using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Content;
using TraumaBondCms.Web.Governance;
using TraumaBondCms.Web.Signing;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Integrity;

/// <summary>
/// Judges published versions as the database holds them: the content hash is recomputed from the stored fields and must
/// equal the hash recorded with the version; the title and slug must be the ones its fields give; and, unless its type is
/// exempt from review, a valid clinical approval of that exact hash must carry a signature that verifies (or, where samples
/// are served, a recipe's sample record must cover it). The read path asks it once per version and content generation
/// (<see cref="PublishedVersionGuard"/>) and tells <see cref="IntegrityAlerts"/> what it found; the <c>verify</c> command asks
/// it about every published version. Thread-safe.
/// </summary>
public sealed class PublishedVersionVerifier(
    ContentDefinitionCache definitions, WorkflowCatalog workflows, ApprovalSignatures signatures, SamplePolicy samples, IntegrityAlerts alerts) : IPublishedVersionVerifier
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<PublishedVerdict>> VerifyAsync(IStoreSession session, IReadOnlyList<ContentItem> versions, CancellationToken cancellationToken)
    {
        var approvals = await ApprovalsOfAsync(session, versions.Select(v => v.ContentItemId), cancellationToken);
        var verdicts = versions.Select(v => Judge(v, approvals[v.ContentItemId])).ToList();
        alerts.Observe(versions, verdicts);
        return verdicts;
    }

    /// <summary>The approvals of <paramref name="contentItemIds"/>, read in batches, by item.</summary>
    public static async Task<ILookup<string, Approval>> ApprovalsOfAsync(IStoreSession session, IEnumerable<string> contentItemIds, CancellationToken cancellationToken)
    {
        var all = new List<Approval>();
        foreach (var batch in contentItemIds.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            all.AddRange(await session.Workflow.GetApprovalsOfItemsAsync(batch, cancellationToken));
        }

        return all.ToLookup(a => a.ContentItemId, StringComparer.Ordinal);
    }

    /// <summary>The verdict on <paramref name="version"/> (fields as stored) given the item's <paramref name="approvals"/>.</summary>
    public PublishedVerdict Judge(ContentItem version, IEnumerable<Approval> approvals)
    {
        var recomputed = ContentHash.Compute(version.ContentType, version.Fields);
        if (recomputed != version.ContentHash)
        {
            return PublishedVerdict.Withhold($"Its stored fields hash to {recomputed}, not to the content hash recorded with it ({version.ContentHash}): its fields were changed outside the CMS.");
        }

        if (definitions.Catalog.Find(version.ContentType) is not { } type)
        {
            return PublishedVerdict.Withhold($"Its content type '{version.ContentType}' is not defined.");
        }

        if (version.DisplayText != (version.Fields.GetString(type.DisplayTextField) ?? string.Empty)
            || version.Slug != (type.SlugField is null ? null : version.Fields.GetString(type.SlugField)))
        {
            return PublishedVerdict.Withhold("Its stored title or slug is not the one its fields give: they were changed outside the CMS.");
        }

        if (ReviewRequirement.IsExempt(type, workflows.For(type)))
        {
            return PublishedVerdict.Serve;
        }

        var ofHash = approvals.Where(a => a.IsValid && a.ContentHash == recomputed).ToList();
        if (ofHash.Any(a => a.IsClinical && signatures.Verify(a)))
        {
            return PublishedVerdict.Serve;
        }

        if (samples.Allowed && ofHash.Any(a => a.Kind == ApprovalKind.Recipe))
        {
            return PublishedVerdict.Serve;
        }

        var clinical = ofHash.Where(a => a.IsClinical).ToList();
        return PublishedVerdict.Withhold(clinical.Count == 0
            ? "No valid clinical approval covers its exact content."
            : clinical.All(a => a.Signature is null)
                ? "Its approval carries no signature (approved before approvals were signed, or written outside the CMS): a reviewer renews its review to have it served again."
                : "The approval of its exact content does not carry a signature that verifies with this server's keys: the approval was changed (back-dated, re-addressed) or forged outside the CMS.");
    }
}
