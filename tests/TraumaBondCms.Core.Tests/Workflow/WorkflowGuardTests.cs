using TraumaBondCms.Core.Security;
using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Core.Tests.Workflow;

/// <summary>One test per rule of <see cref="WorkflowGuard"/>, each starting from a context that is allowed and breaking one fact.</summary>
public class WorkflowGuardTests
{
    private static readonly WorkflowDefinition Clinical = new()
    {
        Name = "clinical",
        Statuses = ["Draft", "InReview", "ChangesRequested", "Approved", "Published", "Unpublished"],
        InitialStatus = "Draft",
        EditableIn = ["Draft", "ChangesRequested", "Approved", "Published", "Unpublished"],
        RequiresApproval = true,
        Transitions =
        [
            new() { Name = "submit", From = ["Draft"], To = "InReview", Roles = ["Editor"], RunsChecks = true },
            new() { Name = "requestChanges", From = ["InReview"], To = "ChangesRequested", Roles = ["ClinicalReviewer"], Effect = WorkflowEffect.RequestChanges },
            new() { Name = "approve", From = ["InReview"], To = "Approved", Roles = ["ClinicalReviewer"], Effect = WorkflowEffect.Approve, RunsChecks = true },
            new() { Name = "publish", From = ["Approved"], To = "Published", Roles = ["Editor"], Effect = WorkflowEffect.Publish },
            new() { Name = "emergencyUnpublish", From = ["Published"], To = "Unpublished", Roles = ["Editor"], Effect = WorkflowEffect.EmergencyUnpublish, Target = WorkflowTarget.Published },
            new() { Name = "postIncidentReview", From = ["Draft", "Approved", "Unpublished"], To = "Approved", Roles = ["ClinicalReviewer"], Effect = WorkflowEffect.PostIncidentReview },
        ],
    };

    private static readonly ReviewerCredential Licence = new() { Title = "LCSW", LicenseNumber = "1", ExpiresOn = new DateOnly(2030, 6, 30) };

    private static TransitionContext Approving => new()
    {
        Workflow = Clinical,
        TransitionName = "approve",
        TargetVersionId = "v2",
        TargetStatus = "InReview",
        TargetHash = "sha256:abc",
        ExpectedVersionId = "v2",
        ActorUserName = "dr.okafor",
        ActorRoles = new HashSet<string> { "ClinicalReviewer" },
        ActorCredential = Licence,
        ActorCredentialConfirmed = true,
        Today = new DateOnly(2026, 11, 21),
        Contributors = new HashSet<string> { "editor.maya" },
        PasswordVerified = true,
    };

    [Theory]
    [InlineData("en-US", null)]
    [InlineData("es-US", "es")]
    [InlineData("es-MX", "en,es-MX")]
    [InlineData("fr-CA", "fr")]
    public void Should_allow_a_signature_when_the_reviewer_lists_the_language_of_the_version(string culture, string? languages)
    {
        var context = Approving with { TargetCulture = culture, ActorCredential = Licence with { Languages = languages?.Split(',') } };

        var decision = WorkflowGuard.Decide(context);

        Assert.True(decision.Allowed, string.Join(" ", decision.Refusals));
    }

    [Fact]
    public void Should_allow_when_every_fact_is_right()
    {
        var decision = WorkflowGuard.Decide(Approving);

        Assert.True(decision.Allowed, string.Join(" ", decision.Refusals));
    }

    [Theory]
    [MemberData(nameof(BrokenFacts))]
    public void Should_refuse_with_the_rule_when_one_fact_is_wrong(string rule, RefusalKind kind, TransitionContext context)
    {
        var decision = WorkflowGuard.Decide(context);

        var refusal = Assert.Single(decision.Refusals);
        Assert.Equal((rule, kind), (refusal.Rule, refusal.Kind));
    }

    public static TheoryData<string, RefusalKind, TransitionContext> BrokenFacts => new()
    {
        { "TransitionExists", RefusalKind.Conflict, Approving with { TransitionName = "fastTrack" } },
        { "TargetExists", RefusalKind.Conflict, Approving with { TransitionName = "emergencyUnpublish", TargetVersionId = null, TargetStatus = null, ActorRoles = new HashSet<string> { "Editor" }, ExpectedVersionId = null, ReasonGiven = true } },
        { "FromStatus", RefusalKind.Conflict, Approving with { TargetStatus = "Draft" } },
        { "ReviewLanguage", RefusalKind.Forbidden, Approving with { TargetCulture = "es-US" } },
        { "ReviewLanguage", RefusalKind.Forbidden, Approving with { TargetCulture = "es-US", ActorCredential = Licence with { Languages = ["en", "es-MX"] } } },
        { "Role", RefusalKind.Forbidden, Approving with { ActorRoles = new HashSet<string> { "Editor" } } },
        { "FreshVersion", RefusalKind.Conflict, Approving with { ExpectedVersionId = "v1" } },
        { "FreshVersion", RefusalKind.Conflict, Approving with { ExpectedVersionId = null } },
        { "SeparationOfDuties", RefusalKind.Forbidden, Approving with { Contributors = new HashSet<string> { "dr.okafor" } } },
        { "Credential", RefusalKind.Forbidden, Approving with { ActorCredential = null } },
        { "Credential", RefusalKind.Forbidden, Approving with { Today = new DateOnly(2030, 7, 1) } },
        { "Signature", RefusalKind.Forbidden, Approving with { PasswordVerified = false } },
        { "Signature", RefusalKind.Forbidden, Approving with { PasswordVerified = null } },
        { "ApprovedHash", RefusalKind.Conflict, Approving with { TransitionName = "publish", TargetStatus = "Approved", ActorRoles = new HashSet<string> { "Editor" } } },
        { "Checks", RefusalKind.Conflict, Approving with { Findings = [new("helpline-number", CheckSeverity.Error, "1-800-799-7223 resembles the hotline.")] } },
        { "CheckWarnings", RefusalKind.Invalid, Approving with { Findings = [new("readability", CheckSeverity.Warning, "Grade 14.")] } },
        { "Comment", RefusalKind.Invalid, Approving with { TransitionName = "requestChanges", ExpectedVersionId = null } },
        { "Reason", RefusalKind.Invalid, Approving with { TransitionName = "emergencyUnpublish", TargetStatus = "Published", ActorRoles = new HashSet<string> { "Editor" }, ExpectedVersionId = null } },
        { "CredentialConfirmation", RefusalKind.Forbidden, Approving with { ActorCredentialConfirmed = false } },
        { "LinkedAccount", RefusalKind.Forbidden, Approving with { LinkedAccounts = new HashSet<string> { "editor.maya" } } },
        { "FollowUpOpen", RefusalKind.Conflict, Approving with { TransitionName = "publish", TargetStatus = "Approved", ActorRoles = new HashSet<string> { "Editor" }, TargetHashApproved = true, PublicationRefusals = [new("FollowUpOpen", RefusalKind.Conflict, "An emergency follow-up is open.")] } },
        { "FollowUpOpen", RefusalKind.Conflict, Approving with { TransitionName = "postIncidentReview", TargetStatus = "Approved", ReasonGiven = true } },
        { "Reason", RefusalKind.Invalid, Approving with { TransitionName = "postIncidentReview", TargetStatus = "Unpublished", FollowUpOpen = true } },
    };

    [Fact]
    public void Should_let_an_unconfirmed_credential_sign_when_the_site_runs_in_single_administrator_mode()
    {
        var decision = WorkflowGuard.Decide(Approving with { ActorCredentialConfirmed = false, SingleAdministratorMode = true });

        Assert.True(decision.Allowed, string.Join(" ", decision.Refusals));
    }

    [Fact]
    public void Should_allow_a_post_incident_review_of_a_version_whose_approval_was_voided_when_the_follow_up_is_open()
    {
        var decision = WorkflowGuard.Decide(Approving with { TransitionName = "postIncidentReview", TargetStatus = WorkflowDefinition.ApprovalVoidedStatus, FollowUpOpen = true, ReasonGiven = true });

        Assert.True(decision.Allowed, string.Join(" ", decision.Refusals));
    }

    [Fact]
    public void Should_refuse_a_workflow_that_can_take_content_down_in_an_emergency_but_offers_no_way_back()
    {
        var withoutWayBack = Clinical with { Transitions = Clinical.Transitions.Where(t => t.Effect != WorkflowEffect.PostIncidentReview).ToList() };

        var problems = withoutWayBack.Validate();

        Assert.Contains(problems, p => p.Contains("no PostIncidentReview transition"));
    }

    [Fact]
    public void Should_accept_the_last_day_of_a_credential()
    {
        var decision = WorkflowGuard.Decide(Approving with { Today = Licence.ExpiresOn });

        Assert.True(decision.Allowed);
    }

    [Fact]
    public void Should_allow_a_signature_over_warnings_when_an_override_reason_is_given()
    {
        var decision = WorkflowGuard.Decide(Approving with { Findings = [new("readability", CheckSeverity.Warning, "Grade 14.")], OverrideReasonGiven = true });

        Assert.True(decision.Allowed);
    }

    [Fact]
    public void Should_not_block_a_submit_when_checks_only_warn()
    {
        var submit = Approving with { TransitionName = "submit", TargetStatus = "Draft", ActorRoles = new HashSet<string> { "Editor" }, ExpectedVersionId = null, PasswordVerified = null, Findings = [new("readability", CheckSeverity.Warning, "Grade 14.")] };

        Assert.True(WorkflowGuard.Decide(submit).Allowed);
    }

    [Fact]
    public void Should_list_forbidden_refusals_before_conflicts_when_several_rules_fail()
    {
        var decision = WorkflowGuard.Decide(Approving with { ActorRoles = new HashSet<string>(), TargetStatus = "Draft", PasswordVerified = false });

        Assert.Equal([RefusalKind.Forbidden, RefusalKind.Forbidden, RefusalKind.Conflict], decision.Refusals.Select(r => r.Kind));
    }

    [Fact]
    public void Should_report_every_problem_when_a_workflow_definition_is_inconsistent()
    {
        var broken = Clinical with
        {
            InitialStatus = "Nowhere",
            EditableIn = ["Limbo"],
            Statuses = [.. Clinical.Statuses, "Superseded"],
            Transitions = [.. Clinical.Transitions, new() { Name = "unpublish", From = ["Published"], To = "Gone", Roles = ["Editor"], Effect = WorkflowEffect.Unpublish }],
        };

        var problems = broken.Validate();

        Assert.Equal(5, problems.Count);
        Assert.Contains(problems, p => p.Contains("initial status 'Nowhere'"));
        Assert.Contains(problems, p => p.Contains("'Superseded' is reserved"));
        Assert.Contains(problems, p => p.Contains("status 'Gone'"));
        Assert.Contains(problems, p => p.Contains("acts on the published version"));
    }
}
