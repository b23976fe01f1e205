using System.Text.Json;
using TraumaBondCms.Core.Audit;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Safety;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Content;
using TraumaBondCms.Web.Signing;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Safety;

/// <summary>
/// Resource verification: recording that someone checked a resource's contact details (a record and an audit entry in
/// one transaction; never a new content version), listing an item's verifications, and listing the published
/// resources whose verification is overdue, never verified or outdated by a change. Overdue resources stay published.
/// Two people for every contact channel: whoever changed the checked values cannot verify them (nor, when the resource
/// settings ask for three people, the reviewer who approved them), and the verifier states how and when they checked. A
/// verification is a signed statement: the verifier re-enters their password (and a fresh authenticator code when they have a
/// second factor), and the record is signed with the server's key (<see cref="RecordSignatures"/>). Thread-safe.
/// </summary>
public sealed class ResourceVerificationService(ICmsStore store, ContentDefinitionCache definitions, SignatureCheck signatures, RecordSignatures records, TimeProvider clock)
{
    /// <summary>
    /// Records a verification of the resource's published version (or the given version, or the latest when nothing is
    /// published) by <paramref name="actor"/>, who needs <see cref="Permissions.VerifyResources"/> and must not have changed
    /// the checked values. Returns the record and the resource's state afterwards.
    /// </summary>
    public async Task<(ResourceVerification Verification, ResourceVerificationState State)> VerifyAsync(
        string contentItemId, VerificationInput input, CmsActor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.Has(Permissions.VerifyResources))
        {
            throw new CmsForbiddenException(Permissions.VerifyResources, "Verifying a resource");
        }

        var now = clock.GetUtcNow();
        if (input.Method is null)
        {
            throw ContentValidationException.For("method", $"Say how the details were checked: {string.Join(", ", Enum.GetNames<VerificationMethod>())}.");
        }

        if (input.CheckedUtc > now.AddMinutes(5))
        {
            throw ContentValidationException.For("checkedUtc", "A check cannot be in the future.");
        }

        // The signature's components are checked before the write transaction (password hashing takes tens of milliseconds).
        var signature = await signatures.VerifyAsync(actor, input.Password, input.Code, cancellationToken);
        if (signature.Wait is { } wait)
        {
            throw new WorkflowRefusedException(new TransitionDecision(null, [SignatureCheck.Throttled(wait)]));
        }

        if (signature.Verified != true && actor.UserId is not null)
        {
            throw new WorkflowRefusedException(new TransitionDecision(null, [SignatureCheck.Refusal(signature.Verified, signature.Problem, "verify these contact details")]));
        }

        await using var session = await store.BeginWriteAsync(cancellationToken);
        var resources = await ResourceSettingsAsync(session, cancellationToken);
        var latest = await session.Content.GetAsync(contentItemId, VersionSelector.Latest, cancellationToken) ?? throw new ContentNotFoundException(contentItemId);
        if (latest.ContentType != resources.ContentType)
        {
            throw ContentValidationException.For("contentItemId", $"'{contentItemId}' is a {latest.ContentType}; only {resources.ContentType} items are verified.");
        }

        var target = input.Version is { } version
            ? await SafetyCheckService.GetVersionAsync(session, contentItemId, version, cancellationToken)
            : await session.Content.GetAsync(contentItemId, VersionSelector.Published, cancellationToken) ?? latest;
        await RefuseSelfVerificationAsync(session, target, resources, actor, cancellationToken);
        var verification = Record(target, resources, actor.AuditName, actor.DisplayName, VerificationKind.Person, string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(), now)
            with
        { Method = input.Method, CheckedUtc = input.CheckedUtc ?? now, SignedWith = signature.SignedWith };
        verification = await AddAsync(session, records, verification, actor.UserName, cancellationToken);
        var shown = target.Published ? target : await session.Content.GetAsync(contentItemId, VersionSelector.Published, cancellationToken) ?? target;
        await session.CommitAsync(cancellationToken);

        var snapshot = ResourceSnapshot.From(shown, definitions.Catalog.Get(shown.ContentType), resources, [verification], verification.VerifiedUtc);
        return (verification, ResourceVerificationState.From(snapshot, resources.RegionField, verification.VerifiedUtc));
    }

    // The two-person rule: the person who typed a number cannot be the one who vouches that it reaches the service.
    private static async Task RefuseSelfVerificationAsync(IStoreSession session, ContentItem target, ResourceSettings resources, CmsActor actor, CancellationToken cancellationToken)
    {
        var refusals = new List<TransitionRefusal>();
        if (actor.UserName is not { } verifier || actor.UserId is null)
        {
            refusals.Add(new("Verifier", RefusalKind.Forbidden, "A verification is a person's statement: sign in to your own account to record it."));
        }
        else
        {
            var (_, hash) = ResourceChannels.Fingerprint(target.Fields, resources.ChannelFields);
            var versions = await session.Content.GetVersionsAsync(target.ContentItemId, cancellationToken);
            if (ChannelChanges.AuthorsOf(versions, resources.ChannelFields, hash).Contains(verifier))
            {
                refusals.Add(new("SelfVerification", RefusalKind.Forbidden, "You changed these contact details, so you cannot verify them: someone else must check them (two people for every contact channel)."));
            }

            var signed = versions.Where(v => ResourceChannels.Fingerprint(v.Fields, resources.ChannelFields).Hash == hash).Select(v => v.ContentHash).ToHashSet(StringComparer.Ordinal);
            if (resources.ChannelChangePeople >= 3 && (await session.Workflow.GetApprovalsAsync(target.ContentItemId, cancellationToken))
                .Any(a => a.IsValid && a.IsClinical && signed.Contains(a.ContentHash) && string.Equals(a.Reviewer, verifier, StringComparison.OrdinalIgnoreCase)))
            {
                refusals.Add(new("SelfVerification", RefusalKind.Forbidden, "You approved these contact details as a reviewer, and this site asks for three people: someone other than the author and the reviewer must verify them."));
            }
        }

        if (refusals.Count > 0)
        {
            throw new WorkflowRefusedException(new TransitionDecision(null, refusals));
        }
    }

    /// <summary>A resource's verifications, newest first; needs <see cref="Permissions.ViewDrafts"/>.</summary>
    public async Task<IReadOnlyList<ResourceVerification>> ListAsync(string contentItemId, CmsActor actor, CancellationToken cancellationToken = default)
    {
        RequireViewDrafts(actor);
        await using var session = await store.OpenReadAsync(cancellationToken);
        _ = await session.Content.GetAsync(contentItemId, VersionSelector.Latest, cancellationToken) ?? throw new ContentNotFoundException(contentItemId);
        return await session.Safety.GetVerificationsAsync([contentItemId], cancellationToken);
    }

    /// <summary>
    /// The verification state of every published resource (<paramref name="overdueOnly"/>: those not current), those
    /// never verified first, then by due date; needs <see cref="Permissions.ViewDrafts"/>.
    /// </summary>
    public async Task<IReadOnlyList<ResourceVerificationState>> StatesAsync(bool overdueOnly, CmsActor actor, CancellationToken cancellationToken = default)
    {
        RequireViewDrafts(actor);
        await using var session = await store.OpenReadAsync(cancellationToken);
        var (settings, _) = await SafetySettingsStore.ReadAsync(session.Site, cancellationToken);
        if (settings?.Resources is not { } resources)
        {
            return [];
        }

        var now = clock.GetUtcNow();
        return (await ResourceDirectory.LoadAsync(session, settings, definitions.Catalog, now, cancellationToken))
            .Where(r => !overdueOnly || r.Status != VerificationStatus.Current)
            .OrderBy(r => r.DueUtc ?? DateTimeOffset.MinValue)
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => ResourceVerificationState.From(r, resources.RegionField, now))
            .ToList();
    }

    /// <summary>A verification record of <paramref name="version"/>'s current channel values.</summary>
    public static ResourceVerification Record(ContentItem version, ResourceSettings resources, string verifiedBy, string displayName, VerificationKind kind, string? note, DateTimeOffset at)
    {
        var (channels, hash) = ResourceChannels.Fingerprint(version.Fields, resources.ChannelFields);
        return new ResourceVerification
        {
            VerificationId = ContentIds.New(),
            ContentItemId = version.ContentItemId,
            ContentItemVersionId = version.ContentItemVersionId,
            ContentHash = version.ContentHash,
            ChannelsHash = hash,
            Channels = channels,
            VerifiedBy = verifiedBy,
            VerifiedByDisplayName = displayName,
            VerifiedUtc = at,
            Kind = kind,
            Note = note,
        };
    }

    /// <summary>Signs a verification with the server's key and stores it with its audit entry (<see cref="AuditActions.ResourceVerified"/>) in <paramref name="session"/>; returns it signed.</summary>
    public static async Task<ResourceVerification> AddAsync(IStoreSession session, RecordSignatures records, ResourceVerification verification, string? actor, CancellationToken cancellationToken)
    {
        verification = records.Sign(verification);
        await session.Safety.AddVerificationAsync(verification, cancellationToken);
        await session.Audit.AppendAsync(
            new AuditEntry
            {
                OccurredUtc = verification.VerifiedUtc,
                Actor = actor,
                Action = AuditActions.ResourceVerified,
                ContentItemId = verification.ContentItemId,
                ContentItemVersionId = verification.ContentItemVersionId,
                ContentHash = verification.ContentHash,
                Reason = verification.Note,
                Details = JsonSerializer.Serialize(new { verification.VerificationId, kind = verification.Kind.ToString(), verification.ChannelsHash, verifiedBy = verification.VerifiedByDisplayName, verification.SignedWith, verification.SigningKeyId }),
            },
            cancellationToken);
        return verification;
    }

    private static async Task<ResourceSettings> ResourceSettingsAsync(IStoreSession session, CancellationToken cancellationToken) =>
        (await SafetySettingsStore.ReadAsync(session.Site, cancellationToken)).Settings?.Resources
            ?? throw ContentValidationException.For("contentItemId", "No resource type is configured (see the SafetyRules recipe step), so there is nothing to verify.");

    private static void RequireViewDrafts(CmsActor actor)
    {
        if (!actor.Has(Permissions.ViewDrafts))
        {
            throw new CmsForbiddenException(Permissions.ViewDrafts, "Reading resource verifications");
        }
    }
}
