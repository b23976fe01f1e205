namespace TraumaBondCms.Data;

/// <summary>The kinds of <see cref="VersionSelector"/>.</summary>
public enum VersionKind
{
    /// <summary>The latest version.</summary>
    Latest,

    /// <summary>The published version.</summary>
    Published,

    /// <summary>A version by id.</summary>
    ById,

    /// <summary>A version by number.</summary>
    ByNumber,
}
