namespace TraumaBondCms.Data;

/// <summary>
/// A condition on the versions a list query reads, as a tree: <see cref="AndFilter"/>, <see cref="OrFilter"/>,
/// <see cref="NotFilter"/> over <see cref="FieldFilter"/> and <see cref="RelationFilter"/> leaves. A leaf is true or
/// false for every version (never unknown), so <see cref="NotFilter"/> is an exact complement. Immutable.
/// </summary>
public abstract record ContentFilter
{
    private protected ContentFilter()
    {
    }
}
