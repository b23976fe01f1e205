namespace TraumaBondCms.GraphQL.Execution;

/// <summary>
/// One step of a response path (§7.1.2 "path"): a response key or a list index, linked to its parent so
/// that sibling fields share their prefix. Immutable; materialized as a list only when an error or a
/// resolver asks for it.
/// </summary>
internal sealed class ResponsePath
{
    private readonly string? _key;
    private readonly int _index;

    private ResponsePath(ResponsePath? parent, string? key, int index, int length)
    {
        Parent = parent;
        _key = key;
        _index = index;
        Length = length;
    }

    public ResponsePath? Parent { get; }

    public int Length { get; }

    public object Segment => _key ?? (object)_index;

    public static ResponsePath ForField(ResponsePath? parent, string key) => new(parent, key, 0, (parent?.Length ?? 0) + 1);

    public ResponsePath ForIndex(int index) => new(this, null, index, Length + 1);

    public IReadOnlyList<object> ToList()
    {
        var segments = new object[Length];
        for (var step = this; step is not null; step = step.Parent)
        {
            segments[step.Length - 1] = step.Segment;
        }

        return segments;
    }
}
