namespace TraumaBondCms.Data;

/// <summary>Which version of an item to read: the latest, the published one, or a given version id or number.</summary>
public readonly record struct VersionSelector
{
    private VersionSelector(VersionKind kind, string? versionId, int number)
    {
        Kind = kind;
        VersionId = versionId;
        Number = number;
    }

    /// <summary>The selection's kind.</summary>
    public VersionKind Kind { get; }

    /// <summary>For <see cref="VersionKind.ById"/>: the version id.</summary>
    public string? VersionId { get; }

    /// <summary>For <see cref="VersionKind.ByNumber"/>: the version number.</summary>
    public int Number { get; }

    /// <summary>The latest version.</summary>
    public static VersionSelector Latest => new(VersionKind.Latest, null, 0);

    /// <summary>The published version.</summary>
    public static VersionSelector Published => new(VersionKind.Published, null, 0);

    /// <summary>The version with this id.</summary>
    public static VersionSelector ById(string versionId) => new(VersionKind.ById, versionId, 0);

    /// <summary>The version with this number.</summary>
    public static VersionSelector ByNumber(int number) => new(VersionKind.ByNumber, null, number);

    /// <summary>Describes the selection for error messages: "latest", "published", "version 3".</summary>
    public override string ToString() => Kind switch
    {
        VersionKind.Latest => "latest",
        VersionKind.Published => "published",
        VersionKind.ById => $"version {VersionId}",
        _ => $"version {Number}",
    };
}
