namespace TraumaBondCms.GraphQL.Execution;

/// <summary>
/// The result of §6.3.2 CollectFields for one object type: the fields to execute, grouped by response key, in
/// selection order, and the keys of the response map they produce. Fields the type does not define are left
/// out (§6.3 "If fieldType is defined"). Immutable once built.
/// </summary>
internal sealed class CollectedFields(FieldPlan[] fields, string[] keys)
{
    public static CollectedFields Empty { get; } = new([], []);

    public FieldPlan[] Fields { get; } = fields;

    public string[] Keys { get; } = keys;
}
