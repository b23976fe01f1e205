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

    /// <summary>About how many bytes the keys of one response map of these fields take as JSON (<c>"key":</c> and a comma each).</summary>
    public int KeyBytes { get; } = keys.Sum(key => key.Length + 4) + 2;
}
