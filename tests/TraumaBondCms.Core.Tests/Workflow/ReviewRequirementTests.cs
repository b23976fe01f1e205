using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Core.Tests.Workflow;

/// <summary>Every type readers can see is reviewed, unless its definition explicitly says otherwise.</summary>
public class ReviewRequirementTests
{
    private static readonly WorkflowDefinition Reviewed = new()
    {
        Name = "topic-review",
        Statuses = ["Draft", "InReview", "Approved", "Published"],
        InitialStatus = "Draft",
        EditableIn = ["Draft"],
        RequiresApproval = true,
        Transitions = [new() { Name = "approve", From = ["InReview"], To = "Approved", Roles = ["ClinicalReviewer"], Effect = WorkflowEffect.Approve }],
    };

    private static readonly ContentTypeDefinition Topic = new()
    {
        Name = "Topic",
        DisplayTextField = "title",
        Fields = [new ContentFieldDefinition { Name = "title", Kind = ContentFieldKind.Text }],
    };

    [Fact]
    public void Should_explain_why_when_a_type_readers_see_names_no_workflow()
    {
        var problem = ReviewRequirement.ProblemOf(Topic, null);

        Assert.NotNull(problem);
        Assert.Contains("Content type 'Topic' names no workflow", problem);
        Assert.Contains("publishWithoutReview: true if it holds no free text or images readers see (no Text, Markdown, Link, Phone, Hours or Media fields)", problem);
        Assert.False(ReviewRequirement.IsExempt(Topic, null));
    }

    [Fact]
    public void Should_refuse_a_workflow_that_needs_no_approval_for_a_type_not_marked_exempt()
    {
        var problem = ReviewRequirement.ProblemOf(Topic with { Workflow = "open" }, Reviewed with { Name = "open", RequiresApproval = false });

        Assert.Contains("requires no approval", problem);
    }

    [Fact]
    public void Should_accept_a_reviewed_type_and_an_explicitly_exempt_one()
    {
        Assert.Null(ReviewRequirement.ProblemOf(Topic with { Workflow = "topic-review" }, Reviewed));
        Assert.Null(ReviewRequirement.ProblemOf(Topic with { PublishWithoutReview = true }, null));
        Assert.True(ReviewRequirement.IsExempt(Topic with { PublishWithoutReview = true }, null));
        Assert.NotNull(ReviewRequirement.ProblemOf(Topic with { Workflow = "topic-review", PublishWithoutReview = true }, Reviewed));
    }
}
