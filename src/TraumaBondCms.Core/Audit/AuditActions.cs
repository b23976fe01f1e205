namespace TraumaBondCms.Core.Audit;

/// <summary>The audit log's action names. Stable: the audit log browser and exports filter on them.</summary>
public static class AuditActions
{
    /// <summary>An item's first version was created.</summary>
    public const string ContentCreated = "content.created";

    /// <summary>A new version of an item was saved.</summary>
    public const string ContentUpdated = "content.updated";

    /// <summary>A version was published.</summary>
    public const string ContentPublished = "content.published";

    /// <summary>An item's published version was taken offline.</summary>
    public const string ContentUnpublished = "content.unpublished";

    /// <summary>An item was soft-deleted.</summary>
    public const string ContentDeleted = "content.deleted";

    /// <summary>An approval was voided (the approved content was edited).</summary>
    public const string ApprovalVoided = "approval.voided";

    /// <summary>A reviewer signed a version (or renewed the review of the published version).</summary>
    public const string ApprovalSigned = "approval.signed";

    /// <summary>A workflow transition happened; <see cref="AuditEntry.Details"/> names it.</summary>
    public const string WorkflowTransition = "workflow.transition";

    /// <summary>A workflow transition was refused; the reasons are in <see cref="AuditEntry.Reason"/>.</summary>
    public const string WorkflowRefused = "workflow.refused";

    /// <summary>A reviewer signed despite check warnings; the reason is in <see cref="AuditEntry.Reason"/>.</summary>
    public const string ChecksOverridden = "checks.overridden";

    /// <summary>A crisis resource's contact details were verified (or a recipe seeded a verification); no version was created.</summary>
    public const string ResourceVerified = "resource.verified";

    /// <summary>A review comment was added or resolved.</summary>
    public const string CommentAdded = "comment.added";

    /// <summary>A review comment was resolved.</summary>
    public const string CommentResolved = "comment.resolved";

    /// <summary>A publish or unpublish was scheduled.</summary>
    public const string ScheduleCreated = "schedule.created";

    /// <summary>A schedule was cancelled.</summary>
    public const string ScheduleCancelled = "schedule.cancelled";

    /// <summary>A due schedule was not carried out because the rules refused it.</summary>
    public const string ScheduleSkipped = "schedule.skipped";

    /// <summary>An old version was restored as a new draft.</summary>
    public const string ContentRestored = "content.restored";

    /// <summary>A recipe ran.</summary>
    public const string RecipeRun = "recipe.run";

    /// <summary>Content type definitions changed.</summary>
    public const string DefinitionsChanged = "definitions.changed";

    /// <summary>A user was created.</summary>
    public const string UserCreated = "user.created";

    /// <summary>A user's roles, credential, password or status changed.</summary>
    public const string UserChanged = "user.changed";

    /// <summary>A sign-in succeeded.</summary>
    public const string SignInSucceeded = "signin.succeeded";

    /// <summary>A sign-in failed (wrong password, unknown user or disabled).</summary>
    public const string SignInFailed = "signin.failed";

    /// <summary>A user signed out: the session of that cookie or token ended.</summary>
    public const string SignedOut = "signout";

    /// <summary>Every session of a user ended at once (by the user, or by an administrator acting on them).</summary>
    public const string SignedOutEverywhere = "signout.everywhere";

    /// <summary>An authenticated request was refused for lack of permission.</summary>
    public const string PermissionDenied = "permission.denied";

    /// <summary>An imported or recipe-carried approval was not accepted (signature, hash or version did not match); the item waits for review.</summary>
    public const string ApprovalRejected = "approval.rejected";

    /// <summary>A recipe sent an item it could not publish to clinical review.</summary>
    public const string SubmittedByRecipe = "content.submitted_by_recipe";

    /// <summary>A reviewer credential was confirmed by a second administrator (two-person rule).</summary>
    public const string CredentialConfirmed = "credential.confirmed";

    /// <summary>Sample content was taken offline because this environment does not serve unreviewed samples.</summary>
    public const string SampleWithdrawn = "content.sample_withdrawn";

    /// <summary>A user started setting up an authenticator app (a new secret was issued; not yet confirmed).</summary>
    public const string SecondFactorStarted = "secondfactor.started";

    /// <summary>A user confirmed their authenticator app with a first code: sign-in and signatures now ask for codes.</summary>
    public const string SecondFactorEnrolled = "secondfactor.enrolled";

    /// <summary>A recovery code was used in place of an authenticator code (each works once).</summary>
    public const string RecoveryCodeUsed = "secondfactor.recovery_code_used";

    /// <summary>A user replaced their recovery codes.</summary>
    public const string RecoveryCodesRenewed = "secondfactor.recovery_codes_renewed";

    /// <summary>An administrator removed a user's second factor (a lost phone); the user sets one up again.</summary>
    public const string SecondFactorReset = "secondfactor.reset";

    /// <summary>A published version failed its integrity check when it was loaded and is withheld from readers; <see cref="AuditEntry.Reason"/> says why.</summary>
    public const string IntegrityWithheld = "integrity.withheld";

    /// <summary>A translation was flagged for re-review: its source published a version it does not follow.</summary>
    public const string TranslationSourceChanged = "translation.source_changed";

    /// <summary>A translation was taken down with its source in an emergency unpublish.</summary>
    public const string TranslationTakenDown = "translation.taken_down";

    /// <summary>A change of search risk rules was proposed (a recipe): what it adds flags at once, what it removes waits for a reviewer's signature.</summary>
    public const string RiskRulesProposed = "search.risk_rules_proposed";

    /// <summary>A clinical reviewer signed a scope's proposed risk rules: they are now the rules in force.</summary>
    public const string RiskRulesApproved = "search.risk_rules_approved";

    /// <summary>A clinical reviewer rejected a scope's proposed risk rules: the signed rules stay in force, the proposal is discarded.</summary>
    public const string RiskRulesRejected = "search.risk_rules_rejected";
}
