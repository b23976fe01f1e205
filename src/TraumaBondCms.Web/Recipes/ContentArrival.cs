using System.Globalization;
using System.Text.Json;
using TraumaBondCms.Core.Audit;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Web.Content;
using TraumaBondCms.Web.Governance;
using TraumaBondCms.Web.Signing;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Recipes;

/// <summary>
/// Decides what becomes of an item a recipe (or an import) brought and asked to publish. A recipe is not a clinician:
/// the item is published only when its type is exempt from review, or when it carries approvals of its exact content
/// whose signatures verify (this instance's keys or a trusted instance's); where the <see cref="SamplePolicy"/> allows,
/// a step marked <c>sample</c> publishes unreviewed, marked as a sample. Anything else is submitted for review, and
/// each approval that was not accepted is recorded as a finding (an audit entry and a review comment on the version).
/// </summary>
public sealed class ContentArrival(ApprovalSignatures signatures, PublicationGate gate, SamplePolicy samples, TimeProvider clock)
{
    /// <summary>What became of one item.</summary>
    public enum Outcome
    {
        /// <summary>Published on a verified signature, or because its type needs no review.</summary>
        Published,

        /// <summary>Published unreviewed as sample content.</summary>
        PublishedAsSample,

        /// <summary>Approved here, but not published (e.g. a resource whose channels must be verified here first).</summary>
        Approved,

        /// <summary>Waiting in the review queue.</summary>
        SubmittedForReview,

        /// <summary>Left as it was (already published, or not asked to be).</summary>
        Unchanged,
    }

    /// <summary>Settles <paramref name="latest"/>; <paramref name="carried"/> are the approvals that came with it.</summary>
    public async Task<Outcome> SettleAsync(RecipeContext context, ContentWriter writer, ContentItem latest, bool publish, bool sample, IReadOnlyList<Approval> carried, CancellationToken cancellationToken)
    {
        var accepted = await AcceptAsync(context, latest, carried, cancellationToken);
        if (!publish || latest.Published)
        {
            return Outcome.Unchanged;
        }

        var workflow = writer.WorkflowOf(context.Catalog.Get(latest.ContentType));
        var published = workflow?.Transitions.FirstOrDefault(t => t.Effect == WorkflowEffect.Publish)?.To ?? "Published";
        var check = await gate.CheckAsync(context.Session, latest, context.Actor, context.Catalog, context.Workflows, cancellationToken);
        if (check.Allowed && check.Basis is PublicationBasis.Signed or PublicationBasis.Exempt)
        {
            await writer.PublishVersionAsync(latest, published, context.Actor, check.Basis == PublicationBasis.Signed ? "published by a recipe on a verified clinical signature" : null, cancellationToken);
            return Outcome.Published;
        }

        if (sample && samples.Allowed && check.Refusals.All(r => r.Rule == PublicationCheck.ApprovedHashRule))
        {
            await context.Session.Workflow.AddApprovalAsync(SampleApproval(latest), cancellationToken);
            await writer.PublishVersionAsync(latest, published, context.Actor, $"sample content published unreviewed ({samples.EnvironmentName}); not clinically reviewed", cancellationToken);
            return Outcome.PublishedAsSample;
        }

        if (accepted > 0 && workflow?.Transitions.FirstOrDefault(t => t.Effect == WorkflowEffect.Approve) is { } approve)
        {
            await context.Session.Workflow.SetStatusAsync(latest.ContentItemVersionId, approve.To, cancellationToken);
            context.Report($"Content: '{latest.ContentItemId}' is approved but not published: {string.Join(" ", check.Refusals.Select(r => r.Message))}");
            return Outcome.Approved;
        }

        if (workflow?.SubmitTransition is { } submit && workflow.AsListed(latest.Status) == workflow.InitialStatus)
        {
            await context.Session.Workflow.SetStatusAsync(latest.ContentItemVersionId, submit.To, cancellationToken);
            await context.Session.Audit.AppendAsync(
                AuditEntry.ForVersion(latest, AuditActions.SubmittedByRecipe, context.Actor.UserName, clock.GetUtcNow(),
                    "a recipe cannot publish without a verified clinical signature; submitted for review", latest.Status, submit.To,
                    JsonSerializer.Serialize(new { transition = submit.Name, via = context.Actor.AuditName })),
                cancellationToken);
        }

        return Outcome.SubmittedForReview;
    }

    // Stores the carried approvals that sign exactly this version and verify; records a finding for each other one.
    private async Task<int> AcceptAsync(RecipeContext context, ContentItem latest, IReadOnlyList<Approval> carried, CancellationToken cancellationToken)
    {
        var known = (await context.Session.Workflow.GetApprovalsAsync(latest.ContentItemId, cancellationToken)).Select(a => a.ApprovalId).ToHashSet(StringComparer.Ordinal);
        var accepted = 0;
        foreach (var approval in carried)
        {
            if (known.Contains(approval.ApprovalId))
            {
                accepted++;
                continue;
            }

            if (Rejection(approval, latest) is { } why)
            {
                await RecordRejectionAsync(context, latest, approval, why, cancellationToken);
                continue;
            }

            await context.Session.Workflow.AddApprovalAsync(approval, cancellationToken);
            await context.Session.Audit.AppendAsync(
                AuditEntry.ForVersion(latest, AuditActions.ApprovalSigned, context.Actor.UserName, clock.GetUtcNow(), "imported with a verified signature", details:
                    JsonSerializer.Serialize(new { approval.ApprovalId, approval.Kind, approval.Reviewer, approval.Credential, approval.CredentialConfirmedBy, approval.SigningKeyId, imported = true })),
                cancellationToken);
            accepted++;
        }

        return accepted;
    }

    private string? Rejection(Approval approval, ContentItem latest)
    {
        if (approval.ContentItemId != latest.ContentItemId || approval.ContentItemVersionId != latest.ContentItemVersionId)
        {
            return $"it signs version {approval.ContentItemVersionId} of '{approval.ContentItemId}', not the version brought here";
        }

        if (approval.ContentHash != latest.ContentHash)
        {
            return $"it signs content {approval.ContentHash}, but the fields brought here hash to {latest.ContentHash}: they were changed after signing";
        }

        if (!approval.IsClinical || !approval.IsValid)
        {
            return approval.IsValid ? "it is not a clinical signature" : "it was voided";
        }

        return signatures.Verify(approval) ? null
            : $"its signature (key {approval.SigningKeyId ?? "none"}) does not verify with this instance's keys or the trusted keys (Cms:Signing:TrustedKeysPath)";
    }

    private async Task RecordRejectionAsync(RecipeContext context, ContentItem latest, Approval approval, string why, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var finding = string.Create(CultureInfo.InvariantCulture, $"The approval by {approval.ReviewerDisplayName} signed {approval.SignedUtc:yyyy-MM-dd} was not accepted: {why}. This version needs a clinical review here.");
        await context.Session.Audit.AppendAsync(
            AuditEntry.ForVersion(latest, AuditActions.ApprovalRejected, context.Actor.UserName, now, finding, details: JsonSerializer.Serialize(new { approval.ApprovalId, approval.Reviewer, approval.SigningKeyId })),
            cancellationToken);
        await context.Session.Comments.AddAsync(
            new ReviewComment { CommentId = ContentIds.New(), ContentItemId = latest.ContentItemId, ContentItemVersionId = latest.ContentItemVersionId, Author = context.Actor.AuditName, Body = finding, CreatedUtc = now },
            cancellationToken);
        context.Report($"Content: '{latest.ContentItemId}': {finding}");
    }

    private Approval SampleApproval(ContentItem latest) => new()
    {
        ApprovalId = ContentIds.New(),
        ContentItemId = latest.ContentItemId,
        ContentItemVersionId = latest.ContentItemVersionId,
        ContentHash = latest.ContentHash,
        Reviewer = "recipe",
        ReviewerDisplayName = "Sample content (not clinically reviewed)",
        Credential = string.Empty,
        SignedUtc = clock.GetUtcNow(),
        Kind = ApprovalKind.Recipe,
        Meaning = ApprovalStatement.MeaningOf(ApprovalKind.Recipe),
    };
}
