using TraumaBondCms.Core.Workflow;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.Web.GraphQL.SchemaGeneration;

/// <summary>
/// The <c>WorkflowStatus</c> enum: one value per status a workflow lists (<c>InReview</c> → <c>IN_REVIEW</c>), the statuses
/// every item can reach whatever its workflow (a type without one is <c>Draft</c>, <c>Published</c> or <c>Unpublished</c>;
/// replaced and voided versions are <c>Superseded</c> and <c>ApprovalVoided</c>), and <c>OTHER</c> for a status no current
/// workflow lists (a recipe removed it after the version was written). Built with the schema; the schema is rebuilt when
/// workflows change.
/// </summary>
internal sealed class WorkflowStatusEnum
{
    /// <summary>The enum's GraphQL name.</summary>
    public const string TypeName = "WorkflowStatus";

    /// <summary>The value of a status no current workflow lists.</summary>
    public const string OtherValue = "OTHER";

    private static readonly (string Status, string Description)[] EveryItem =
    [
        ("Draft", "Saved, not sent for review (also every item of a type without a workflow before it is published)."),
        ("Published", "The version readers see."),
        ("Unpublished", "Was published and has been taken down."),
        (WorkflowDefinition.SupersededStatus, "Was published and has been replaced by a newer published version."),
        (WorkflowDefinition.ApprovalVoidedStatus, "Was approved; the approval was voided (by an edit or an emergency unpublish), so it is a draft again."),
    ];

    // The marker a resolver returns for OTHER: no status string can equal it.
    private static readonly object Other = new();

    private readonly Dictionary<string, (string Name, string Description)> _values = new(StringComparer.Ordinal);

    /// <summary>The enum of <paramref name="workflows"/>' statuses.</summary>
    public WorkflowStatusEnum(IEnumerable<WorkflowDefinition> workflows)
    {
        foreach (var (status, description) in EveryItem)
        {
            Include(status, description);
        }

        foreach (var group in workflows.SelectMany(w => w.Statuses.Select(s => (Status: s, Workflow: w.Name))).GroupBy(x => x.Status, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Include(group.Key, $"A status of the {string.Join(", ", group.Select(x => x.Workflow).Distinct().Order(StringComparer.Ordinal))} workflow(s).");
        }
    }

    /// <summary>A key that changes exactly when the enum's values do.</summary>
    public string Key => string.Join('\n', _values.Select(v => v.Key + "=" + v.Value.Name).Order(StringComparer.Ordinal));

    /// <summary>The internal value of <paramref name="status"/> (the status itself, or the marker of <see cref="OtherValue"/>).</summary>
    public object Resolve(string status) => _values.ContainsKey(status) ? status : Other;

    /// <summary>Adds the enum type to <paramref name="builder"/>.</summary>
    public void AddTo(SchemaBuilder builder) =>
        builder.AddEnumType(TypeName, e =>
        {
            e.Description("A version's workflow status. The values follow the workflows (the `Workflow` recipe step): a status named `InReview` is `IN_REVIEW`.");
            foreach (var (status, (name, description)) in _values)
            {
                e.Value(name, status, v => v.Description(description));
            }

            e.Value(OtherValue, Other, v => v.Description("A status no current workflow lists: a recipe changed the workflow after this version was written."));
        });

    // Two statuses that differ only in case would share a name: the later one gets a numeric suffix, so the schema still builds.
    private void Include(string status, string description)
    {
        if (_values.ContainsKey(status))
        {
            return;
        }

        // Workflow validation keeps statuses to letters and digits starting with a letter, so the name is a GraphQL name.
        var name = GraphQLNames.ScreamingSnake(status);
        var taken = _values.Values.Select(v => v.Name).Append(OtherValue).ToHashSet(StringComparer.Ordinal);
        for (var n = 2; taken.Contains(name); n++)
        {
            name = $"{GraphQLNames.ScreamingSnake(status)}_{n}";
        }

        _values[status] = (name, description);
    }
}
