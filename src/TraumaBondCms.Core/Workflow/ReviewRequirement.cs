using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Core.Workflow;

/// <summary>
/// The rule that every type readers can see is reviewed: a type follows a workflow that requires a clinical approval
/// of the exact content, unless its definition says <c>publishWithoutReview</c> (allowed only for types without free
/// text or media, see <see cref="ContentDefinitionValidator"/>). Recipes are refused when they break it; a stored type that
/// breaks it (from before the rule) cannot be published until a recipe fixes it. Pure and thread-safe.
/// </summary>
public static class ReviewRequirement
{
    /// <summary>True when items of <paramref name="type"/> may go live without a clinical signature.</summary>
    public static bool IsExempt(ContentTypeDefinition type, WorkflowDefinition? workflow) =>
        type.PublishWithoutReview && workflow is not { RequiresApproval: true };

    /// <summary>The problem with <paramref name="type"/> following <paramref name="workflow"/>, in a sentence; null when none.</summary>
    public static string? ProblemOf(ContentTypeDefinition type, WorkflowDefinition? workflow)
    {
        if (workflow is { RequiresApproval: true })
        {
            return type.PublishWithoutReview
                ? $"Content type '{type.Name}' sets publishWithoutReview but follows workflow '{workflow.Name}', which requires approval: remove one of the two."
                : null;
        }

        if (type.PublishWithoutReview)
        {
            return null;
        }

        var why = workflow is null ? "names no workflow" : $"follows workflow '{workflow.Name}', which requires no approval,";
        return $"Content type '{type.Name}' {why} so its items would reach readers without clinical review. Give it a workflow with requiresApproval: true, "
            + "or set publishWithoutReview: true if it holds no free text or images readers see (no Text, Markdown, Link, Phone, Hours or Media fields).";
    }
}
