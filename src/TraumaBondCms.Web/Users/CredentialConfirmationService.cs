using System.Text.Json;
using Microsoft.Extensions.Options;
using TraumaBondCms.Core.Audit;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Content;
using TraumaBondCms.Web.Governance;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Users;

/// <summary>
/// The second half of the two-person rule for reviewer credentials: a second administrator confirms (vouches for) a
/// credential that another administrator granted, re-entering their password. The confirming administrator must hold
/// <see cref="Permissions.ManageUsers"/>, be an account (not the command-line operator), and be neither the reviewer, nor
/// who granted the credential, nor an account linked to either (see <see cref="AccountLinks"/>). Recorded on the user
/// and in the audit log; approvals then carry who vouched and when. Thread-safe.
/// </summary>
public sealed class CredentialConfirmationService(ICmsStore store, SignatureCheck signatures, IOptions<GovernanceOptions> governance, TimeProvider clock)
{
    /// <summary>Users whose credential waits for a second administrator's confirmation, by name.</summary>
    public async Task<IReadOnlyList<CmsUser>> UnconfirmedAsync(CmsActor actor, CancellationToken cancellationToken = default)
    {
        Require(actor);
        await using var session = await store.OpenReadAsync(cancellationToken);
        return (await session.Users.ListAsync(cancellationToken)).Where(u => u.Credential is not null && !u.CredentialConfirmed && !u.Disabled).ToList();
    }

    /// <summary>Confirms <paramref name="userName"/>'s current credential as <paramref name="actor"/>; throws <see cref="WorkflowRefusedException"/> with every reason when the rules refuse.</summary>
    public async Task<CmsUser> ConfirmAsync(string userName, string? password, string? code, CmsActor actor, CancellationToken cancellationToken = default)
    {
        Require(actor);
        // Wrong passwords and codes count towards the signature throttle, as for approvals.
        var signature = await signatures.VerifyAsync(actor, password, code, cancellationToken);
        if (signature.Wait is { } wait)
        {
            throw new WorkflowRefusedException(new TransitionDecision(null, [SignatureCheck.Throttled(wait)]));
        }

        await using var session = await store.BeginWriteAsync(cancellationToken);
        var user = await session.Users.FindByNameAsync(userName, cancellationToken) ?? throw new UserNotFoundException(userName);
        var refusals = Refusals(user, await session.Users.ListAsync(cancellationToken), actor, signature).ToList();
        if (refusals.Count > 0)
        {
            throw new WorkflowRefusedException(new TransitionDecision(null, refusals.OrderBy(r => r.Kind).ToList()));
        }

        var now = clock.GetUtcNow();
        var confirmed = user with { CredentialConfirmedBy = actor.UserName, CredentialConfirmedUtc = now };
        await session.Users.UpdateAsync(confirmed, cancellationToken);
        await session.Audit.AppendAsync(
            new AuditEntry
            {
                OccurredUtc = now,
                Actor = actor.UserName,
                Action = AuditActions.CredentialConfirmed,
                Reason = $"confirmed the credential of {user.UserName}",
                Details = JsonSerializer.Serialize(new { user = user.UserName, credential = user.Credential?.ToString(), grantedBy = user.CredentialGrantedBy, grantedUtc = user.CredentialGrantedUtc }),
            },
            cancellationToken);
        await session.CommitAsync(cancellationToken);
        return confirmed;
    }

    private IEnumerable<TransitionRefusal> Refusals(CmsUser user, IReadOnlyList<CmsUser> users, CmsActor actor, SignatureVerification signature)
    {
        if (actor.UserName is not { } confirmer || actor.UserId is null)
        {
            yield return new("SecondAdministrator", RefusalKind.Forbidden, "A credential is confirmed by a second administrator signed in to their own account, not from the command line.");
            yield break;
        }

        if (user.Credential is null)
        {
            yield return new("Credential", RefusalKind.Conflict, $"{user.UserName} has no reviewer credential to confirm.");
        }
        else if (user.CredentialConfirmed)
        {
            yield return new("Credential", RefusalKind.Conflict, $"{user.UserName}'s credential was already confirmed by {user.CredentialConfirmedBy}.");
        }

        var linked = AccountLinks.Of(confirmer, users, clock.GetUtcNow(), TimeSpan.FromDays(governance.Value.RecentAccountDays));
        if (string.Equals(confirmer, user.UserName, StringComparison.OrdinalIgnoreCase))
        {
            yield return new("SecondAdministrator", RefusalKind.Forbidden, "Nobody confirms their own credential: a second administrator must.");
        }
        else if (string.Equals(confirmer, user.CredentialGrantedBy, StringComparison.OrdinalIgnoreCase))
        {
            yield return new("SecondAdministrator", RefusalKind.Forbidden, $"You granted {user.UserName}'s credential, so you cannot also confirm it: a second administrator must (two-person rule).");
        }
        else if (linked.Contains(user.UserName) || user.CredentialGrantedBy is { } granter && linked.Contains(granter))
        {
            yield return new("LinkedAccount", RefusalKind.Forbidden,
                $"Your account is linked to {(linked.Contains(user.UserName) ? user.UserName : user.CredentialGrantedBy)} (one created or credentialed the other in the last {governance.Value.RecentAccountDays} days), so your confirmation would not come from a second person.");
        }

        if (signature.Verified != true)
        {
            yield return new("Signature", RefusalKind.Forbidden, signature.Problem ?? (signature.Verified is null ? "Re-enter your password to confirm a credential." : "The password is wrong; the credential was not confirmed."));
        }
    }

    private static void Require(CmsActor actor)
    {
        if (!actor.Has(Permissions.ManageUsers))
        {
            throw new CmsForbiddenException(Permissions.ManageUsers, "Confirming reviewer credentials");
        }
    }
}
