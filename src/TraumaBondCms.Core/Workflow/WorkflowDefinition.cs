namespace TraumaBondCms.Core.Workflow;

/// <summary>
/// A workflow as data (the <c>Workflow</c> recipe step): statuses, the transitions between them with the roles
/// allowed on each, the statuses in which the latest version may be edited, and whether publishing needs a
/// clinical approval of the exact content hash. Content types name the workflow they follow. Immutable.
/// </summary>
public sealed record WorkflowDefinition
{
    /// <summary>The workflow's name, referred to by content types.</summary>
    public required string Name { get; init; }

    /// <summary>What it is for; null for none.</summary>
    public string? Description { get; init; }

    /// <summary>Every status a version can be in under this workflow.</summary>
    public required IReadOnlyList<string> Statuses { get; init; }

    /// <summary>The status of a newly saved version (a new item, or an edit).</summary>
    public required string InitialStatus { get; init; }

    /// <summary>The statuses in which the latest version may be edited; an edit creates a new version in <see cref="InitialStatus"/>.</summary>
    public required IReadOnlyList<string> EditableIn { get; init; }

    /// <summary>Publishing needs a valid approval of the published hash.</summary>
    public bool RequiresApproval { get; init; }

    /// <summary>The allowed moves.</summary>
    public required IReadOnlyList<WorkflowTransition> Transitions { get; init; }

    /// <summary>
    /// True when a version in <paramref name="status"/> may be edited. <see cref="ApprovalVoidedStatus"/> counts as the
    /// initial status: the approval is gone, so the version is a draft again.
    /// </summary>
    public bool IsEditable(string status) =>
        EditableIn.Contains(AsListed(status), StringComparer.Ordinal);

    /// <summary>The status as the definition's lists name it: <see cref="ApprovalVoidedStatus"/> reads as <see cref="InitialStatus"/>.</summary>
    public string AsListed(string status) => status == ApprovalVoidedStatus ? InitialStatus : status;

    /// <summary>The transition that sends a new version to review: from the initial status to a status an Approve transition starts from; null when none.</summary>
    public WorkflowTransition? SubmitTransition =>
        Transitions.FirstOrDefault(t => t.From.Contains(InitialStatus) && Transitions.Any(a => a.Effect == WorkflowEffect.Approve && a.From.Contains(t.To)));

    /// <summary>The transition with this name; null when none.</summary>
    public WorkflowTransition? Find(string transition) =>
        Transitions.FirstOrDefault(t => string.Equals(t.Name, transition, StringComparison.Ordinal));

    /// <summary>The status given to a version that was published and has been replaced by a newer published version.</summary>
    public const string SupersededStatus = "Superseded";

    /// <summary>The status given to an approved version whose approval was voided (by an edit, or by an emergency unpublish).</summary>
    public const string ApprovalVoidedStatus = "ApprovalVoided";

    /// <summary>Problems with the definition, one sentence each; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        var where = $"Workflow '{Name}'";
        var statuses = Statuses.ToHashSet(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(Name))
        {
            problems.Add("A workflow needs a name.");
        }

        if (!statuses.Contains(InitialStatus))
        {
            problems.Add($"{where}: initial status '{InitialStatus}' is not one of its statuses.");
        }

        if (statuses.Contains(SupersededStatus))
        {
            problems.Add($"{where}: '{SupersededStatus}' is reserved for replaced published versions.");
        }

        if (statuses.Contains(ApprovalVoidedStatus))
        {
            problems.Add($"{where}: '{ApprovalVoidedStatus}' is reserved for versions whose approval was voided.");
        }

        problems.AddRange(Statuses.Where(s => !IsStatusName(s)).Select(s => $"{where}: status '{s}' must be letters and digits starting with a letter, e.g. InReview (statuses are GraphQL enum values)."));
        problems.AddRange(EditableIn.Where(s => !statuses.Contains(s)).Select(s => $"{where}: editable status '{s}' is not one of its statuses."));
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var transition in Transitions)
        {
            var at = $"{where}, transition '{transition.Name}'";
            if (!names.Add(transition.Name))
            {
                problems.Add($"{at} is defined twice.");
            }

            problems.AddRange(transition.From.Append(transition.To).Where(s => !statuses.Contains(s)).Distinct().Select(s => $"{at}: status '{s}' is not one of the workflow's statuses."));
            if (transition.Effect is WorkflowEffect.Unpublish or WorkflowEffect.EmergencyUnpublish or WorkflowEffect.RenewReview && transition.Target != WorkflowTarget.Published)
            {
                problems.Add($"{at}: a {transition.Effect} transition acts on the published version (target: Published).");
            }

            if (transition.Effect is WorkflowEffect.Approve or WorkflowEffect.RequestChanges or WorkflowEffect.Publish or WorkflowEffect.PostIncidentReview && transition.Target != WorkflowTarget.Latest)
            {
                problems.Add($"{at}: a {transition.Effect} transition acts on the latest version (target: Latest).");
            }
        }

        if (RequiresApproval && !Transitions.Any(t => t.Effect == WorkflowEffect.Approve))
        {
            problems.Add($"{where} requires approval but has no Approve transition.");
        }

        // An emergency unpublish blocks every republish until a post-incident review: a workflow that can take content
        // down in an emergency must offer the way back.
        if (Transitions.Any(t => t.Effect == WorkflowEffect.EmergencyUnpublish) && !Transitions.Any(t => t.Effect == WorkflowEffect.PostIncidentReview))
        {
            problems.Add($"{where} has an EmergencyUnpublish transition but no PostIncidentReview transition to republish after it.");
        }

        return problems;
    }

    // Letters and digits starting with a letter: a name GraphQL can carry as an enum value once put in SCREAMING_SNAKE case.
    private static bool IsStatusName(string status) =>
        status.Length > 0 && char.IsAsciiLetter(status[0]) && status.All(char.IsAsciiLetterOrDigit);
}
