namespace TraumaBondCms.GraphQL.Execution;

/// <summary>
/// The response path of a position, built only when needed: for errors, resolver contexts and the children of
/// objects and lists. Leaves completed without error (most fields) never allocate one.
/// </summary>
internal readonly struct PendingPath
{
    private readonly ResponsePath? _parent;
    private readonly string? _key;
    private readonly int _index;

    private PendingPath(ResponsePath? parent, string? key, int index)
    {
        _parent = parent;
        _key = key;
        _index = index;
    }

    public static PendingPath Field(ResponsePath? parent, string key) => new(parent, key, 0);

    public static PendingPath Item(ResponsePath list, int index) => new(list, null, index);

    public ResponsePath Build() => _key is not null ? ResponsePath.ForField(_parent, _key) : _parent!.ForIndex(_index);
}
