using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using TraumaBondCms.Core.Audit;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Search;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Content;
using TraumaBondCms.Web.Governance;
using TraumaBondCms.Web.Signing;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Search.RiskRules;

/// <summary>
/// The clinical sign-off of search risk rules: listing each scope's rules in force, signed and waiting, and a clinical
/// reviewer's decision on a waiting change. Approving is a signature like a content approval (password re-entered, a fresh
/// authenticator code when the account has a second factor, a confirmed and current credential, never by whoever proposed
/// the change), recorded with the server's key and an audit entry in the transaction that puts the rules in force. Rejecting
/// (the same signature checks) discards the change and leaves the signed rules in force. Thread-safe.
/// </summary>
public sealed class RiskRuleReviewService(
    ICmsStore store,
    SignatureCheck signatures,
    RecordSignatures records,
    Localization.LocalizationCatalog localization,
    IOptions<GovernanceOptions> governance,
    TimeProvider clock)
{
    /// <summary>Every scope's rules; needs <see cref="Permissions.ReviewContent"/> or <see cref="Permissions.ManageSettings"/>.</summary>
    public async Task<IReadOnlyList<RiskRuleSetView>> ListAsync(CmsActor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.Has(Permissions.ReviewContent) && !actor.Has(Permissions.ManageSettings))
        {
            throw new CmsForbiddenException(Permissions.ReviewContent, "Reading the search risk rules");
        }

        await using var session = await store.OpenReadAsync(cancellationToken);
        var book = await RiskRuleStore.ReadAsync(session.Site, cancellationToken);
        return [.. book.Scopes.OrderBy(s => s.Key == RiskRuleBook.SiteScope ? 0 : 1).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s => View(s.Key, s.Value))];
    }

    /// <summary>How many scopes have a change waiting for a reviewer's signature, in <paramref name="session"/>.</summary>
    public static async Task<int> WaitingAsync(IStoreSession session, CancellationToken cancellationToken) =>
        (await RiskRuleStore.ReadAsync(session.Site, cancellationToken)).Scopes.Values.Count(s => s.Proposed is not null);

    /// <summary>Signs the change waiting in <paramref name="scope"/>: its rules become the rules in force. Returns the scope afterwards.</summary>
    public Task<RiskRuleSetView> ApproveAsync(string scope, RiskRuleDecision input, CmsActor actor, CancellationToken cancellationToken = default) =>
        DecideAsync(scope, input, actor, approve: true, cancellationToken);

    /// <summary>Discards the change waiting in <paramref name="scope"/>: the signed rules stay in force. Returns the scope afterwards.</summary>
    public Task<RiskRuleSetView> RejectAsync(string scope, RiskRuleDecision input, CmsActor actor, CancellationToken cancellationToken = default) =>
        DecideAsync(scope, input, actor, approve: false, cancellationToken);

    private async Task<RiskRuleSetView> DecideAsync(string scope, RiskRuleDecision input, CmsActor actor, bool approve, CancellationToken cancellationToken)
    {
        if (!actor.Has(Permissions.ReviewContent))
        {
            throw new CmsForbiddenException(Permissions.ReviewContent, approve ? "Signing risk rules" : "Rejecting proposed risk rules");
        }

        if (string.IsNullOrWhiteSpace(input.ProposalId))
        {
            throw ContentValidationException.For("proposalId", "Name the proposal you reviewed (proposalId from GET /api/risk-rules).");
        }

        // The signature's components are checked before the write transaction (password hashing takes tens of milliseconds).
        var action = approve ? "sign these risk rules" : "reject these risk rules";
        var signature = await signatures.VerifyAsync(actor, input.Password, input.Code, cancellationToken);
        if (signature.Wait is { } wait)
        {
            throw Refused(SignatureCheck.Throttled(wait));
        }

        if (signature.Verified != true || signature.User is not { } signer)
        {
            throw Refused(SignatureCheck.Refusal(signature.Verified, signature.Problem, action));
        }

        await using var session = await store.BeginWriteAsync(cancellationToken);
        var book = await RiskRuleStore.ReadAsync(session.Site, cancellationToken);
        if (!book.Scopes.TryGetValue(scope, out var current))
        {
            throw new ContentNotFoundException($"risk rules '{scope}'");
        }

        if (current.Proposed is not { } proposal)
        {
            throw Refused(new("Proposal", RefusalKind.Conflict, "No change of these risk rules is waiting for a decision."));
        }

        if (!string.Equals(proposal.ProposalId, input.ProposalId.Trim(), StringComparison.Ordinal))
        {
            throw Refused(new("Proposal", RefusalKind.Conflict, $"Proposal {input.ProposalId} is no longer the one waiting; {proposal.ProposalId} replaced it. Review it again."));
        }

        Guard(scope, current, proposal, signer, approve);
        var now = clock.GetUtcNow();
        RiskRuleScope decided;
        if (approve)
        {
            var approval = records.Sign(new RiskRuleApproval
            {
                Scope = scope,
                Version = (current.Approved?.Version ?? 0) + 1,
                PreviousVersion = current.Approved?.Version,
                Rules = proposal.Rules,
                ProposalId = proposal.ProposalId,
                ProposedBy = proposal.ProposedBy,
                ProposedUtc = proposal.ProposedUtc,
                SignedBy = signer.UserName,
                SignedByDisplayName = signer.DisplayName,
                Credential = signer.Credential!.ToString(),
                CredentialConfirmedBy = signer.CredentialConfirmed ? signer.CredentialConfirmedBy : null,
                SignedUtc = now,
                SignedWith = signature.SignedWith,
                Comment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim(),
            });
            decided = new RiskRuleScope { Approved = approval };
        }
        else
        {
            decided = current with { Proposed = null };
        }

        var diff = RiskRuleDiff.Between(current.InForce, decided.InForce);
        await RiskRuleStore.WriteAsync(session.Site, book.With(scope, decided), cancellationToken);
        await session.Audit.AppendAsync(
            new AuditEntry
            {
                OccurredUtc = now,
                Actor = signer.UserName,
                Action = approve ? AuditActions.RiskRulesApproved : AuditActions.RiskRulesRejected,
                Reason = input.Comment,
                Details = JsonSerializer.Serialize(new
                {
                    scope,
                    proposal.ProposalId,
                    proposal.ProposedBy,
                    version = decided.Approved?.Version,
                    signedWith = signature.SignedWith,
                    signingKeyId = approve ? decided.Approved?.SigningKeyId : null,
                    noLongerInForce = diff.Removed.Concat(diff.Changed.Select(c => c.From)),
                }),
            },
            cancellationToken);
        await session.CommitAsync(cancellationToken);
        return View(scope, decided);
    }

    // Separation of duties and a signer fit to sign, as for a content approval.
    private void Guard(string scope, RiskRuleScope current, RiskRuleProposal proposal, CmsUser signer, bool approve)
    {
        var refusals = new List<TransitionRefusal>();
        if (string.Equals(proposal.ProposedBy, signer.UserName, StringComparison.OrdinalIgnoreCase)
            || string.Equals(proposal.ProposedBy, CmsActor.OperatorPrefix + signer.UserName, StringComparison.OrdinalIgnoreCase))
        {
            refusals.Add(new("SeparationOfDuties", RefusalKind.Forbidden, "You proposed this change of the risk rules, so you cannot decide on it: another clinical reviewer must."));
        }

        if (signer.Credential is not { } credential)
        {
            refusals.Add(new("Credential", RefusalKind.Forbidden, "Deciding on risk rules needs a reviewer credential on your account."));
        }
        else
        {
            if (!credential.IsValidOn(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)))
            {
                refusals.Add(new("Credential", RefusalKind.Forbidden, $"Your credential ({credential.Title}, licence {credential.LicenseNumber}) expired on {credential.ExpiresOn:yyyy-MM-dd}."));
            }

            if (!signer.CredentialConfirmed && !governance.Value.SingleAdministratorMode)
            {
                refusals.Add(new("CredentialConfirmation", RefusalKind.Forbidden, "Your credential has not been confirmed by a second administrator, so you cannot sign yet (two-person rule)."));
            }

            // Rules in a language are signed by someone who reads it.
            if (scope != RiskRuleBook.SiteScope && !credential.MayReview(scope, localization.Settings.DefaultCulture))
            {
                refusals.Add(new("ReviewLanguage", RefusalKind.Forbidden, $"These rules are written in {scope}; your reviewer profile does not list it, so a reviewer who reads it must decide."));
            }
        }

        if (!approve && current.Approved is null)
        {
            refusals.Add(new("SignedRules", RefusalKind.Conflict, "No clinician has signed rules for this scope yet, so rejecting would leave searches with no risk rules at all: sign these, or propose corrected rules through a recipe."));
        }

        if (refusals.Count > 0)
        {
            throw new WorkflowRefusedException(new TransitionDecision(null, [.. refusals.OrderBy(r => r.Kind)]));
        }
    }

    private RiskRuleSetView View(string scope, RiskRuleScope rules) => new(
        scope,
        LabelOf(scope),
        rules.InForce,
        rules.Approved,
        rules.Approved is { } approved ? records.Verify(approved) : null,
        rules.Approved is { } signed ? Encoding.UTF8.GetString(RiskRuleStatement.Canonical(signed)) : null,
        rules.Proposed,
        rules.Proposed is { } proposal ? RiskRuleDiff.Between(proposal.Baseline, proposal.Rules) : null,
        rules.Approved is null);

    /// <summary>A scope in words.</summary>
    public static string LabelOf(string scope)
    {
        if (scope == RiskRuleBook.SiteScope)
        {
            return "Every reader (site rules, in English)";
        }

        try
        {
            return $"{CultureInfo.GetCultureInfo(scope).EnglishName} ({scope})";
        }
        catch (CultureNotFoundException)
        {
            return scope;
        }
    }

    private static WorkflowRefusedException Refused(TransitionRefusal refusal) => new(new TransitionDecision(null, [refusal]));
}
