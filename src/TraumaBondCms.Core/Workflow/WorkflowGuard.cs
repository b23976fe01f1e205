namespace TraumaBondCms.Core.Workflow;

/// <summary>
/// The single place that decides whether a workflow transition may happen: one method per rule, run in a fixed
/// order, every refusal reported. Every API, UI and scheduler path asks this before changing a status. Pure and
/// thread-safe.
/// </summary>
public static class WorkflowGuard
{
    /// <summary>Decides <paramref name="context"/>'s transition.</summary>
    public static TransitionDecision Decide(TransitionContext context)
    {
        var transition = context.Workflow.Find(context.TransitionName);
        if (transition is null)
        {
            return new TransitionDecision(null, [new("TransitionExists", RefusalKind.Conflict, $"'{context.TransitionName}' is not a transition of the '{context.Workflow.Name}' workflow.")]);
        }

        var refusals = new List<TransitionRefusal>();
        void Check(TransitionRefusal? refusal)
        {
            if (refusal is not null)
            {
                refusals.Add(refusal);
            }
        }

        Check(GuardTargetExists(context, transition));
        Check(GuardFromStatus(context, transition));
        Check(GuardRole(context, transition));
        Check(GuardFreshVersion(context, transition));
        Check(GuardNotContributor(context, transition));
        Check(GuardLinkedContributor(context, transition));
        Check(GuardCredential(context, transition));
        Check(GuardReviewLanguage(context, transition));
        Check(GuardCredentialConfirmed(context, transition));
        Check(GuardPassword(context, transition));
        Check(GuardApprovedHash(context, transition));
        foreach (var refusal in GuardPublication(context, transition))
        {
            Check(refusal);
        }

        Check(GuardIncident(context, transition));
        Check(GuardCheckErrors(context, transition));
        Check(GuardCheckWarnings(context, transition));
        Check(GuardComment(context, transition));
        Check(GuardReason(context, transition));
        return new TransitionDecision(transition, refusals.OrderBy(r => r.Kind).ToList());
    }

    private static TransitionRefusal? GuardTargetExists(TransitionContext c, WorkflowTransition t) =>
        c.TargetVersionId is null
            ? new("TargetExists", RefusalKind.Conflict, t.Target == WorkflowTarget.Published ? "The item has no published version." : "The item has no version to act on.")
            : null;

    private static TransitionRefusal? GuardFromStatus(TransitionContext c, WorkflowTransition t) =>
        c.TargetStatus is not null && !t.From.Contains(c.Workflow.AsListed(c.TargetStatus), StringComparer.Ordinal)
            ? new("FromStatus", RefusalKind.Conflict, $"'{t.Label}' applies to a version that is {string.Join(" or ", t.From)}; this one is {c.TargetStatus}.")
            : null;

    private static TransitionRefusal? GuardRole(TransitionContext c, WorkflowTransition t) =>
        t.Roles.Any(c.ActorRoles.Contains)
            ? null
            : new("Role", RefusalKind.Forbidden, t.Roles.Count == 0 ? $"'{t.Label}' is done by the system only." : $"'{t.Label}' needs the role {string.Join(" or ", t.Roles)}.");

    // A reviewer must say which version they reviewed; anyone else may, and then a newer version refuses the move.
    private static TransitionRefusal? GuardFreshVersion(TransitionContext c, WorkflowTransition t)
    {
        if (c.ExpectedVersionId is null)
        {
            return t.IsSignature ? new("FreshVersion", RefusalKind.Conflict, "A signature must name the version that was reviewed.") : null;
        }

        return c.ExpectedVersionId != c.TargetVersionId
            ? new("FreshVersion", RefusalKind.Conflict, $"Version {c.ExpectedVersionId} is no longer the one to act on; the current version is {c.TargetVersionId}. Review it again.")
            : null;
    }

    private static TransitionRefusal? GuardNotContributor(TransitionContext c, WorkflowTransition t) =>
        t.IsSignature && c.ActorUserName is not null && c.Contributors.Contains(c.ActorUserName)
            ? new("SeparationOfDuties", RefusalKind.Forbidden, "You edited this version, so you cannot approve it: another reviewer must.")
            : null;

    // Separation of duties between people, not only accounts: an account created or credentialed recently by (or with)
    // one of the authors may be the same person.
    private static TransitionRefusal? GuardLinkedContributor(TransitionContext c, WorkflowTransition t)
    {
        var linked = t.IsSignature ? c.Contributors.Where(c.LinkedAccounts.Contains).Order(StringComparer.Ordinal).ToList() : [];
        return linked.Count == 0 ? null
            : new("LinkedAccount", RefusalKind.Forbidden, $"Your account and {string.Join(", ", linked)}, who edited this version, were created or credentialed one by the other recently, so you cannot approve it: a reviewer unconnected to its authors must.");
    }

    // A translation is signed by someone who reads its language: approving text one cannot read signs nothing.
    private static TransitionRefusal? GuardReviewLanguage(TransitionContext c, WorkflowTransition t) =>
        t.IsSignature && c.ActorCredential is { } credential && c.TargetCulture is { } culture && !credential.MayReview(culture, c.DefaultCulture)
            ? new("ReviewLanguage", RefusalKind.Forbidden, $"This version is written in {culture}; your reviewer profile lists {string.Join(", ", credential.LanguagesOn(c.DefaultCulture))}, so you cannot sign it: a reviewer who lists its language must.")
            : null;

    private static TransitionRefusal? GuardCredentialConfirmed(TransitionContext c, WorkflowTransition t) =>
        t.IsSignature && c.ActorCredential is not null && !c.ActorCredentialConfirmed && !c.SingleAdministratorMode
            ? new("CredentialConfirmation", RefusalKind.Forbidden, "Your credential has not been confirmed by a second administrator, so you cannot sign yet (two-person rule).")
            : null;

    private static IEnumerable<TransitionRefusal> GuardPublication(TransitionContext c, WorkflowTransition t) =>
        t.Effect == WorkflowEffect.Publish ? c.PublicationRefusals : [];

    private static TransitionRefusal? GuardIncident(TransitionContext c, WorkflowTransition t) =>
        t.Effect == WorkflowEffect.PostIncidentReview && !c.FollowUpOpen
            ? new("FollowUpOpen", RefusalKind.Conflict, "There is no open emergency follow-up on this item; approve it the usual way.")
            : null;

    private static TransitionRefusal? GuardCredential(TransitionContext c, WorkflowTransition t)
    {
        if (!t.IsSignature)
        {
            return null;
        }

        if (c.ActorCredential is null)
        {
            return new("Credential", RefusalKind.Forbidden, "Approving needs a reviewer credential on your account.");
        }

        return c.ActorCredential.IsValidOn(c.Today)
            ? null
            : new("Credential", RefusalKind.Forbidden, $"Your credential ({c.ActorCredential.Title}, licence {c.ActorCredential.LicenseNumber}) expired on {c.ActorCredential.ExpiresOn:yyyy-MM-dd}.");
    }

    private static TransitionRefusal? GuardPassword(TransitionContext c, WorkflowTransition t) =>
        t.IsSignature && c.PasswordVerified != true
            ? new("Signature", RefusalKind.Forbidden, c.SignatureProblem ?? (c.PasswordVerified is null ? "Re-enter your password to sign." : "The password is wrong; the approval was not signed."))
            : null;

    private static TransitionRefusal? GuardApprovedHash(TransitionContext c, WorkflowTransition t) =>
        t.Effect == WorkflowEffect.Publish && c.Workflow.RequiresApproval && !c.TargetHashApproved
            ? new("ApprovedHash", RefusalKind.Conflict, "This version has no valid clinical approval of its exact content; it cannot be published.")
            : null;

    private static TransitionRefusal? GuardCheckErrors(TransitionContext c, WorkflowTransition t)
    {
        var errors = c.Findings.Where(f => f.Severity == CheckSeverity.Error).ToList();
        return errors.Count == 0 ? null
            : new("Checks", RefusalKind.Conflict, $"'{t.Label}' is blocked by {errors.Count} check error(s): " + string.Join(" ", errors.Select(e => e.Message)));
    }

    // Warnings never block a hand-off, but a signature over them must say why it is given anyway.
    private static TransitionRefusal? GuardCheckWarnings(TransitionContext c, WorkflowTransition t) =>
        t.IsSignature && !c.OverrideReasonGiven && c.Findings.Any(f => f.Severity == CheckSeverity.Warning)
            ? new("CheckWarnings", RefusalKind.Invalid, $"There are {c.Findings.Count(f => f.Severity == CheckSeverity.Warning)} check warning(s); give an override reason to sign anyway.")
            : null;

    private static TransitionRefusal? GuardComment(TransitionContext c, WorkflowTransition t) =>
        t.NeedsComment && !c.CommentGiven
            ? new("Comment", RefusalKind.Invalid, $"'{t.Label}' needs a comment saying what to change.")
            : null;

    private static TransitionRefusal? GuardReason(TransitionContext c, WorkflowTransition t) =>
        t.NeedsReason && !c.ReasonGiven
            ? new("Reason", RefusalKind.Invalid, $"'{t.Label}' needs a reason.")
            : null;
}
