using System.Globalization;
using Microsoft.Extensions.Options;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Safety;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Governance;
using TraumaBondCms.Web.Safety;
using TraumaBondCms.Web.Signing;

namespace TraumaBondCms.Web.Workflow;

/// <summary>
/// The one check in front of the one statement that makes a version visible to readers
/// (<see cref="Content.ContentWriter.PublishVersionAsync"/> calls it before <see cref="IContentRepository.PublishAsync"/>),
/// so every path — REST, GraphQL, admin UI, scheduler, recipes, command line, import — passes it. A version may be
/// published when its type is exempt from review, or when its stored fields still hash to its content hash (so an image's
/// file and alt text are the ones signed) and a clinical approval of that exact hash carries a signature that verifies;
/// and then only if no emergency follow-up is open on the item, the approver is not linked to the publisher
/// (<see cref="AccountLinks"/>), and, for a crisis resource, its contact channels were verified by a person other than
/// whoever changed them. Where the <see cref="SamplePolicy"/> allows, a recipe's sample content may be published
/// unreviewed instead, marked as such. Thread-safe.
/// </summary>
public sealed class PublicationGate(ApprovalSignatures signatures, SamplePolicy samples, IOptions<GovernanceOptions> governance, TimeProvider clock)
{
    /// <summary>
    /// Checks whether <paramref name="version"/> may be published by <paramref name="actor"/> now, inside <paramref name="session"/>,
    /// with the given definitions; <paramref name="approvals"/> are the item's approvals when the caller has read them already.
    /// </summary>
    public async Task<PublicationCheck> CheckAsync(
        IStoreSession session, ContentItem version, CmsActor actor, ContentDefinitionCatalog catalog, IReadOnlyCollection<WorkflowDefinition> workflows, CancellationToken cancellationToken,
        IReadOnlyList<Approval>? approvals = null)
    {
        var type = catalog.Get(version.ContentType);
        var workflow = type.Workflow is { } name ? workflows.FirstOrDefault(w => w.Name == name) : null;
        if (ReviewRequirement.IsExempt(type, workflow))
        {
            return new PublicationCheck(PublicationBasis.Exempt, null, []);
        }

        if (ReviewRequirement.ProblemOf(type, workflow) is { } problem)
        {
            return new PublicationCheck(PublicationBasis.None, null, [new("ReviewRequired", RefusalKind.Conflict, problem)]);
        }

        var refusals = new List<TransitionRefusal>();
        if (ContentHash.Compute(version.ContentType, version.Fields) != version.ContentHash)
        {
            // An approval signs the hash, so the fields readers would get must be the ones that hash to it: fields changed in
            // the database after saving (another image's file, other alt text or words) are not what anyone signed.
            refusals.Add(new(PublicationCheck.StoredFieldsRule, RefusalKind.Conflict,
                "This version's stored fields do not hash to its content hash: they were changed outside the CMS after they were saved, so no signature covers them. Save the content again and have it reviewed."));
        }

        if (await session.Workflow.GetFollowUpAsync(version.ContentItemId, cancellationToken) is { } followUp)
        {
            refusals.Add(new("FollowUpOpen", RefusalKind.Conflict, string.Create(CultureInfo.InvariantCulture,
                $"An emergency unpublish on {followUp.FlaggedUtc:yyyy-MM-dd HH:mm} UTC ({followUp.Reason}) left a follow-up open: nothing of this item can be published until a clinical reviewer signs a post-incident review of the version to republish.")));
        }

        approvals ??= await session.Workflow.GetApprovalsAsync(version.ContentItemId, cancellationToken);
        var ofHash = approvals.Where(a => a.IsValid && a.IsClinical && a.ContentHash == version.ContentHash).ToList();
        var approval = ofHash.FirstOrDefault(signatures.Verify);
        if (approval is null)
        {
            if (samples.Allowed && approvals.Any(a => a.IsValid && a.Kind == ApprovalKind.Recipe && a.ContentHash == version.ContentHash))
            {
                return new PublicationCheck(PublicationBasis.Sample, null, refusals);
            }

            refusals.Add(ofHash.Count == 0
                ? new(PublicationCheck.ApprovedHashRule, RefusalKind.Conflict, "This version has no valid clinical approval of its exact content; it cannot be published.")
                : new("ApprovalSignature", RefusalKind.Conflict, $"The approval of this version by {ofHash[0].ReviewerDisplayName} does not carry a signature that verifies with this server's keys: it may have been altered. A reviewer must approve it again."));
            return new PublicationCheck(PublicationBasis.None, null, refusals);
        }

        if (actor.UserName is { } publisher)
        {
            var users = await session.Users.ListAsync(cancellationToken);
            if (AccountLinks.Of(publisher, users, clock.GetUtcNow(), TimeSpan.FromDays(governance.Value.RecentAccountDays)).Contains(approval.Reviewer))
            {
                refusals.Add(new("LinkedAccount", RefusalKind.Forbidden,
                    $"{approval.ReviewerDisplayName}, who approved this version, and your account were created or credentialed one by the other in the last {governance.Value.RecentAccountDays} days, so you cannot publish their approval: another editor or administrator must."));
            }
        }

        if (await ChannelRefusalAsync(session, version, approval, cancellationToken) is { } channels)
        {
            refusals.Add(channels);
        }

        return new PublicationCheck(PublicationBasis.Signed, approval, refusals);
    }

    /// <summary>Throws <see cref="WorkflowRefusedException"/> with every reason when <see cref="CheckAsync"/> refuses; returns the check otherwise.</summary>
    public async Task<PublicationCheck> RequireAsync(
        IStoreSession session, ContentItem version, CmsActor actor, ContentDefinitionCatalog catalog, IReadOnlyCollection<WorkflowDefinition> workflows, CancellationToken cancellationToken)
    {
        var check = await CheckAsync(session, version, actor, catalog, workflows, cancellationToken);
        return check.Allowed ? check : throw new WorkflowRefusedException(new TransitionDecision(null, check.Refusals.OrderBy(r => r.Kind).ToList()));
    }

    // A resource's contact channels reach readers in a crisis: the values published must have been verified by a person,
    // saying how, who did not change them (and, when the site asks for three people, who did not approve the version).
    private static async Task<TransitionRefusal?> ChannelRefusalAsync(IStoreSession session, ContentItem version, Approval approval, CancellationToken cancellationToken)
    {
        if ((await SafetySettingsStore.ReadAsync(session.Site, cancellationToken)).Settings?.Resources is not { } resources || resources.ContentType != version.ContentType)
        {
            return null;
        }

        var (_, hash) = ResourceChannels.Fingerprint(version.Fields, resources.ChannelFields);
        var authors = ChannelChanges.AuthorsOf(await session.Content.GetVersionsAsync(version.ContentItemId, cancellationToken), resources.ChannelFields, hash);
        var verified = (await session.Safety.GetVerificationsAsync([version.ContentItemId], cancellationToken)).Any(v =>
            v.ChannelsHash == hash && v.Kind == VerificationKind.Person && v.Method is not null && !authors.Contains(v.VerifiedBy)
            && (resources.ChannelChangePeople < 3 || !string.Equals(v.VerifiedBy, approval.Reviewer, StringComparison.OrdinalIgnoreCase)));
        if (verified)
        {
            return null;
        }

        var excluded = resources.ChannelChangePeople < 3 ? authors.ToList() : authors.Append(approval.Reviewer).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var who = excluded.Count == 0 ? "a person" : $"someone other than {string.Join(", ", excluded)}";
        return new("ChannelsVerified", RefusalKind.Conflict,
            $"The contact details of this version have not been verified by {who}, stating how (called the line, official website) and when. Until they are, the version verified before stays live.");
    }
}
