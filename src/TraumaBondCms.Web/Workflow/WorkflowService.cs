using System.Text.Json;
using Microsoft.Extensions.Options;
using TraumaBondCms.Core.Audit;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Content;
using TraumaBondCms.Web.Governance;

namespace TraumaBondCms.Web.Workflow;

/// <summary>
/// Runs workflow transitions: gathers the facts inside the write transaction, asks <see cref="WorkflowGuard"/>,
/// applies the transition's effect (status, signed approval, publish, unpublish, emergency takedown, post-incident
/// review), audits it and records its event, all in that one transaction. Every API, UI and scheduler path goes through
/// here. A refusal changes nothing and is itself audited. Thread-safe.
/// </summary>
public sealed class WorkflowService(
    ICmsStore store,
    ContentDefinitionCache definitions,
    WorkflowCatalog workflows,
    SignatureCheck signatures,
    ApprovalIssuer approvals,
    PublicationGate gate,
    IOptions<GovernanceOptions> governance,
    IEnumerable<IContentEventSink> sinks,
    IEnumerable<ITransitionCheck> checks,
    TimeProvider clock)
{
    /// <summary>Makes <paramref name="transitionName"/> happen on the item, or throws <see cref="WorkflowRefusedException"/> with every reason.</summary>
    public async Task<TransitionResult> TransitionAsync(string contentItemId, string transitionName, TransitionInput input, CmsActor actor, CancellationToken cancellationToken = default)
    {
        // The password is checked before the write transaction: hashing takes tens of milliseconds and must not
        // hold the writer lock.
        var signature = await signatures.VerifyAsync(actor, input.Password, input.Code, cancellationToken);
        TransitionDecision decision;
        if (signature.Wait is { } wait)
        {
            decision = new TransitionDecision(null, [SignatureCheck.Throttled(wait)]);
            await AuditRefusalAsync(contentItemId, transitionName, decision, actor, cancellationToken);
            throw new WorkflowRefusedException(decision);
        }

        await using (var session = await store.BeginWriteAsync(cancellationToken))
        {
            (decision, var result) = await TryTransitionAsync(session, contentItemId, transitionName, input, actor, signature, cancellationToken);
            if (result is not null)
            {
                await session.CommitAsync(cancellationToken);
                return result;
            }
        }

        await AuditRefusalAsync(contentItemId, transitionName, decision, actor, cancellationToken);
        throw new WorkflowRefusedException(decision);
    }

    /// <summary>
    /// Decides and, when allowed, applies a transition inside the caller's write session (the caller commits). Returns the
    /// decision and, when it was allowed, the result. Used by <see cref="TransitionAsync"/> and the scheduler.
    /// </summary>
    public async Task<(TransitionDecision Decision, TransitionResult? Result)> TryTransitionAsync(
        IStoreSession session, string contentItemId, string transitionName, TransitionInput input, CmsActor actor, SignatureVerification? signature, CancellationToken cancellationToken)
    {
        var facts = await GatherAsync(session, contentItemId, transitionName, input, actor, signature?.Verified, cancellationToken);
        facts = facts with { Context = facts.Context with { Findings = await RunChecksAsync(session, facts, cancellationToken), SignatureProblem = signature?.Problem } };
        var decision = WorkflowGuard.Decide(facts.Context);
        return decision.Allowed
            ? (decision, await ApplyAsync(session, facts, decision.Transition!, input, actor, signature, cancellationToken))
            : (decision, null);
    }

    /// <summary>For each transition of the item's workflow: whether the actor may make it now, assuming they give what it asks for (comment, reason, password).</summary>
    public async Task<IReadOnlyList<(WorkflowTransition Transition, TransitionDecision Decision)>> GetOptionsAsync(IStoreSession session, string contentItemId, CmsActor actor, CancellationToken cancellationToken = default)
    {
        var item = await session.Content.GetAsync(contentItemId, VersionSelector.Latest, cancellationToken) ?? throw new ContentNotFoundException(contentItemId);
        if (WorkflowOf(item.ContentType) is null)
        {
            return [];
        }

        // The item's facts are read once; each transition only picks its target and rules from them. The checks'
        // findings depend on the version checked, not on the transition, so each target is checked once.
        var itemFacts = await LoadAsync(session, contentItemId, actor, cancellationToken);
        var findings = new Dictionary<string, IReadOnlyList<CheckFinding>>(StringComparer.Ordinal);
        var options = new List<(WorkflowTransition, TransitionDecision)>();
        foreach (var transition in itemFacts.Workflow.Transitions)
        {
            var facts = Build(itemFacts, transition.Name, new TransitionInput { Comment = "-", Reason = "-", OverrideReason = "-" }, actor, true);
            var found = facts.Target is null || !transition.RunsChecks ? []
                : findings.TryGetValue(facts.Target.ContentItemVersionId, out var known) ? known
                : findings[facts.Target.ContentItemVersionId] = await RunChecksAsync(session, facts, cancellationToken);
            options.Add((transition, WorkflowGuard.Decide(facts.Context with { ExpectedVersionId = facts.Target?.ContentItemVersionId, Findings = found })));
        }

        return options;
    }

    /// <summary>The workflow an item's type follows; null when it has none.</summary>
    public WorkflowDefinition? WorkflowOf(string contentType) => workflows.For(definitions.Catalog.Get(contentType));

    /// <summary>The transition of the type's workflow that has <paramref name="effect"/>; null when none.</summary>
    public WorkflowTransition? TransitionWithEffect(string contentType, WorkflowEffect effect) =>
        WorkflowOf(contentType)?.Transitions.FirstOrDefault(t => t.Effect == effect);

    internal async Task<Facts> GatherAsync(IStoreSession session, string contentItemId, string transitionName, TransitionInput input, CmsActor actor, bool? passwordVerified, CancellationToken cancellationToken) =>
        Build(await LoadAsync(session, contentItemId, actor, cancellationToken), transitionName, input, actor, passwordVerified);

    // Everything about the item a decision may need, read in the caller's session.
    private async Task<ItemFacts> LoadAsync(IStoreSession session, string contentItemId, CmsActor actor, CancellationToken cancellationToken)
    {
        var latest = await session.Content.GetAsync(contentItemId, VersionSelector.Latest, cancellationToken) ?? throw new ContentNotFoundException(contentItemId);
        var workflow = WorkflowOf(latest.ContentType) ?? throw new WorkflowRefusedException(new TransitionDecision(null, [new TransitionRefusal(
            "Workflow", RefusalKind.Conflict, $"{latest.ContentType} items follow no workflow; publish them directly.")]));
        var users = await session.Users.ListAsync(cancellationToken);
        var user = actor.UserId is null ? null : users.FirstOrDefault(u => u.UserId == actor.UserId);
        var approvals = await session.Workflow.GetApprovalsAsync(contentItemId, cancellationToken);
        var publication = workflow.Transitions.Any(t => t.Effect == WorkflowEffect.Publish)
            ? await gate.CheckAsync(session, latest, actor, definitions.Catalog, workflows.All, cancellationToken, approvals)
            : null;
        return new ItemFacts(
            workflow,
            latest,
            await session.Content.GetAsync(contentItemId, VersionSelector.Published, cancellationToken),
            approvals,
            await session.Content.GetVersionsAsync(contentItemId, cancellationToken),
            user,
            actor.UserName is null ? new HashSet<string>() : AccountLinks.Of(actor.UserName, users, clock.GetUtcNow(), TimeSpan.FromDays(governance.Value.RecentAccountDays)),
            publication,
            await session.Workflow.GetFollowUpAsync(contentItemId, cancellationToken) is not null,
            (await session.Comments.ListAsync(contentItemId, null, cancellationToken)).Where(c => c.ResolvedUtc is null).Select(c => c.ContentItemVersionId).ToHashSet(StringComparer.Ordinal),
            (await Localization.LocalizationSettingsStore.ReadAsync(session.Site, cancellationToken)).DefaultCulture);
    }

    // The facts of one transition, from the item's facts: no I/O.
    private Facts Build(ItemFacts item, string transitionName, TransitionInput input, CmsActor actor, bool? passwordVerified)
    {
        var transition = item.Workflow.Find(transitionName);
        var target = transition?.Target == WorkflowTarget.Published ? item.Published : item.Latest;
        var openComment = transition?.Effect == WorkflowEffect.RequestChanges && target is not null && item.VersionsWithOpenComments.Contains(target.ContentItemVersionId);
        var context = new TransitionContext
        {
            Workflow = item.Workflow,
            TransitionName = transitionName,
            TargetVersionId = target?.ContentItemVersionId,
            TargetStatus = target?.Status,
            TargetHash = target?.ContentHash,
            ExpectedVersionId = input.VersionId,
            ActorUserName = actor.UserName,
            ActorRoles = actor.Roles,
            ActorCredential = item.Actor?.Credential,
            ActorCredentialConfirmed = item.Actor?.CredentialConfirmed == true,
            TargetCulture = target?.Culture,
            DefaultCulture = item.DefaultCulture,
            SingleAdministratorMode = governance.Value.SingleAdministratorMode,
            LinkedAccounts = item.LinkedAccounts,
            FollowUpOpen = item.FollowUpOpen,
            Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
            Contributors = target is null ? new HashSet<string>() : Contributors(item.Versions, item.Approvals, target),
            TargetHashApproved = transition?.Effect == WorkflowEffect.Publish
                ? item.Publication is { } p && (p.Basis != PublicationBasis.None || p.Refusals.All(r => r.Rule != PublicationCheck.ApprovedHashRule))
                : target is not null && item.Approvals.Any(a => a.IsValid && a.IsClinical && a.ContentHash == target.ContentHash),
            PublicationRefusals = transition?.Effect == WorkflowEffect.Publish && item.Publication is { } check
                ? check.Refusals.Where(r => r.Rule != PublicationCheck.ApprovedHashRule).ToList()
                : [],
            CommentGiven = !string.IsNullOrWhiteSpace(input.Comment) || openComment,
            ReasonGiven = !string.IsNullOrWhiteSpace(input.Reason),
            OverrideReasonGiven = !string.IsNullOrWhiteSpace(input.OverrideReason),
            PasswordVerified = passwordVerified,
        };
        return new Facts(context, item.Latest, item.Published, target);
    }

    private async Task<IReadOnlyList<CheckFinding>> RunChecksAsync(IStoreSession session, Facts facts, CancellationToken cancellationToken)
    {
        var transition = facts.Context.Workflow.Find(facts.Context.TransitionName);
        if (transition is not { RunsChecks: true } || facts.Target is null)
        {
            return [];
        }

        var findings = new List<CheckFinding>();
        foreach (var check in checks)
        {
            findings.AddRange(await check.CheckAsync(session, facts.Target, transition, cancellationToken));
        }

        return findings;
    }

    // Everyone who wrote a version after the last version a clinician signed, up to the target: none of them
    // may sign the target, because they would be approving their own change.
    private static HashSet<string> Contributors(IReadOnlyList<ContentItem> versions, IReadOnlyList<Approval> approvals, ContentItem target)
    {
        var signedNumbers = approvals.Where(a => a.IsClinical)
            .Select(a => versions.FirstOrDefault(v => v.ContentItemVersionId == a.ContentItemVersionId)?.Version ?? 0)
            .Where(n => n < target.Version)
            .DefaultIfEmpty(0)
            .Max();
        return versions.Where(v => v.Version > signedNumbers && v.Version <= target.Version).Select(v => v.Author).ToHashSet(StringComparer.Ordinal);
    }

    private async Task<TransitionResult> ApplyAsync(IStoreSession session, Facts facts, WorkflowTransition transition, TransitionInput input, CmsActor actor, SignatureVerification? signature, CancellationToken cancellationToken)
    {
        var target = facts.Target!;
        var now = clock.GetUtcNow();
        var writer = new ContentWriter(session, definitions.Catalog, workflows.All, gate, clock);
        var from = target.Status;
        Approval? approval = null;
        var result = target with { Status = transition.To };
        switch (transition.Effect)
        {
            case WorkflowEffect.Publish:
                result = await writer.PublishVersionAsync(target, transition.To, actor, input.Comment, cancellationToken);
                await RecordAsync(session, ContentEvents.Published, result, actor, now, cancellationToken);
                break;
            case WorkflowEffect.Unpublish or WorkflowEffect.EmergencyUnpublish:
                result = await writer.UnpublishVersionAsync(target, transition.To, actor, input.Reason ?? input.Comment, cancellationToken);
                if (transition.Effect == WorkflowEffect.EmergencyUnpublish)
                {
                    await EmergencyTakedown.ApplyAsync(session, target, facts.Context.Workflow, input.Reason!, actor, now, cancellationToken);
                    foreach (var translation in await Localization.TranslationTakedown.ApplyAsync(session, writer, target, transition, facts.Context.Workflow, input.Reason!, actor, now, cancellationToken))
                    {
                        await RecordAsync(session, ContentEvents.Unpublished, translation, actor, now, cancellationToken);
                    }
                }

                await RecordAsync(session, ContentEvents.Unpublished, result, actor, now, cancellationToken);
                break;
            case WorkflowEffect.Approve or WorkflowEffect.RenewReview or WorkflowEffect.PostIncidentReview:
                var previous = (await session.Workflow.GetApprovalsAsync(target.ContentItemId, cancellationToken)).FirstOrDefault()?.ApprovalId;
                approval = approvals.Issue(target, signature!.User!, transition.Effect, transition.Effect == WorkflowEffect.PostIncidentReview ? input.Reason : input.Comment, now, previous, signature.SignedWith);
                await session.Workflow.AddApprovalAsync(approval, cancellationToken);
                await session.Workflow.SetStatusAsync(target.ContentItemVersionId, transition.To, cancellationToken);
                if (transition.Effect == WorkflowEffect.PostIncidentReview)
                {
                    // The post-incident signature is what closes the follow-up; an ordinary approval does not.
                    await session.Workflow.SetFollowUpAsync(target.ContentItemId, null, null, cancellationToken);
                }

                if (transition.Effect == WorkflowEffect.RenewReview && target.TranslationOf is not null)
                {
                    // A reviewer who renews a translation's review signs that it still says what its source says now.
                    await session.Workflow.SetSourceChangedAsync(target.ContentItemId, null, cancellationToken);
                }

                await AuditAsync(session, AuditActions.ApprovalSigned, target, actor, from, transition.To, approval.Comment, new
                {
                    approval.ApprovalId,
                    approval.Kind,
                    approval.Credential,
                    approval.CredentialConfirmedBy,
                    approval.CredentialIndependentlyConfirmed,
                    approval.SigningKeyId,
                    approval.PreviousApprovalId,
                    approval.SignedWith,
                }, cancellationToken);
                await RecordAsync(session, ContentEvents.Approved, result, actor, now, cancellationToken);
                break;
            default:
                await session.Workflow.SetStatusAsync(target.ContentItemVersionId, transition.To, cancellationToken);
                break;
        }

        if (transition.NeedsComment && !string.IsNullOrWhiteSpace(input.Comment))
        {
            await AddCommentAsync(session, target, input.Comment!, input.CommentField, actor, now, cancellationToken);
        }

        var warnings = facts.Context.Findings.Where(f => f.Severity == CheckSeverity.Warning).Select(f => f.Message).ToList();
        await AuditAsync(
            session,
            AuditActions.WorkflowTransition,
            target,
            actor,
            from,
            transition.To,
            input.Reason ?? input.Comment,
            new { transition = transition.Name, effect = transition.Effect.ToString(), overriddenWarnings = warnings.Count > 0 && transition.IsSignature ? warnings : null, overrideReason = warnings.Count > 0 ? input.OverrideReason : null },
            cancellationToken);
        if (warnings.Count > 0 && transition.IsSignature)
        {
            await session.Audit.AppendAsync(
                AuditEntry.ForVersion(target, AuditActions.ChecksOverridden, actor.UserName, now, input.OverrideReason, details: JsonSerializer.Serialize(new { warnings })),
                cancellationToken);
        }
        return new TransitionResult(transition.Name, result, from, transition.To, approval);
    }

    private static async Task AddCommentAsync(IStoreSession session, ContentItem target, string body, string? field, CmsActor actor, DateTimeOffset now, CancellationToken cancellationToken) =>
        await session.Comments.AddAsync(
            new ReviewComment
            {
                CommentId = ContentIds.New(),
                ContentItemId = target.ContentItemId,
                ContentItemVersionId = target.ContentItemVersionId,
                Author = actor.AuditName,
                Body = body.Trim(),
                Field = field,
                CreatedUtc = now,
            },
            cancellationToken);

    private async Task RecordAsync(IStoreSession session, string name, ContentItem version, CmsActor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var contentEvent = new ContentEvent(name, version.ContentItemId, version.ContentItemVersionId, version.ContentType, version.DisplayText, version.ContentHash, actor.UserName, now);
        foreach (var sink in sinks)
        {
            await sink.RecordAsync(session, contentEvent, cancellationToken);
        }
    }

    private async Task AuditAsync(IStoreSession session, string action, ContentItem target, CmsActor actor, string? from, string? to, string? reason, object details, CancellationToken cancellationToken) =>
        await session.Audit.AppendAsync(AuditEntry.ForVersion(target, action, actor.UserName, clock.GetUtcNow(), reason, from, to, JsonSerializer.Serialize(details)), cancellationToken);

    private async Task AuditRefusalAsync(string contentItemId, string transitionName, TransitionDecision decision, CmsActor actor, CancellationToken cancellationToken)
    {
        await using var session = await store.BeginWriteAsync(cancellationToken);
        await session.Audit.AppendAsync(
            new AuditEntry
            {
                OccurredUtc = clock.GetUtcNow(),
                Actor = actor.UserName,
                Action = AuditActions.WorkflowRefused,
                ContentItemId = contentItemId,
                Reason = string.Join(" ", decision.Refusals.Select(r => r.Message)),
                Details = JsonSerializer.Serialize(new { transition = transitionName, rules = decision.Refusals.Select(r => r.Rule) }),
            },
            cancellationToken);
        await session.CommitAsync(cancellationToken);
    }

    /// <summary>What is known of an item when deciding its transitions: read once, shared by every transition.</summary>
    private sealed record ItemFacts(
        WorkflowDefinition Workflow,
        ContentItem Latest,
        ContentItem? Published,
        IReadOnlyList<Approval> Approvals,
        IReadOnlyList<ContentItem> Versions,
        CmsUser? Actor,
        IReadOnlySet<string> LinkedAccounts,
        PublicationCheck? Publication,
        bool FollowUpOpen,
        IReadOnlySet<string> VersionsWithOpenComments,
        string DefaultCulture);

    /// <summary>The facts a decision was made on, and the versions they came from.</summary>
    internal sealed record Facts(TransitionContext Context, ContentItem Latest, ContentItem? Published, ContentItem? Target);
}
