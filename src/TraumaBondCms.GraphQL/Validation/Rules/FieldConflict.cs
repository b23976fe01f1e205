using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Validation.Rules;

/// <summary>
/// Two fields (or groups of fields, when the conflict lies in their sub-selections) under one response name
/// that cannot be merged, with the reason: a sentence, or the conflicts found among their subfields.
/// </summary>
internal sealed class FieldConflict
{
    private FieldConflict(string responseName, string? reason, List<FieldConflict>? subConflicts, List<FieldNode> fields1, List<FieldNode> fields2)
    {
        ResponseName = responseName;
        Reason = reason;
        SubConflicts = subConflicts;
        Fields1 = fields1;
        Fields2 = fields2;
    }

    public string ResponseName { get; }

    public string? Reason { get; }

    public List<FieldConflict>? SubConflicts { get; }

    /// <summary>The first field, then the subfields of it involved in <see cref="SubConflicts"/>.</summary>
    public List<FieldNode> Fields1 { get; }

    /// <summary>The second field, then the subfields of it involved in <see cref="SubConflicts"/>.</summary>
    public List<FieldNode> Fields2 { get; }

    public static FieldConflict Direct(string responseName, string reason, FieldNode field1, FieldNode field2) =>
        new(responseName, reason, null, [field1], [field2]);

    public static FieldConflict InSubfields(string responseName, List<FieldConflict> subConflicts, FieldNode field1, FieldNode field2)
    {
        List<FieldNode> fields1 = [field1];
        List<FieldNode> fields2 = [field2];
        foreach (var conflict in subConflicts)
        {
            fields1.AddRange(conflict.Fields1);
            fields2.AddRange(conflict.Fields2);
        }

        return new FieldConflict(responseName, null, subConflicts, fields1, fields2);
    }

    /// <summary>The reason as a sentence fragment, e.g. <c>subfields "name" conflict because "name" and "nickname" are different fields</c>.</summary>
    public string DescribeReason() => Reason ?? string.Join(
        " and ",
        SubConflicts!.Select(conflict => $"subfields \"{conflict.ResponseName}\" conflict because {conflict.DescribeReason()}"));
}
