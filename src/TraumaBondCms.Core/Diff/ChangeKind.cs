namespace TraumaBondCms.Core.Diff;

/// <summary>How a field (or a list item) differs between two versions.</summary>
public enum ChangeKind
{
    /// <summary>Both versions hold the same value (compared as JSON values: <c>2</c> equals <c>2.0</c>), or neither holds one.</summary>
    Unchanged,

    /// <summary>Only the new version holds a value.</summary>
    Added,

    /// <summary>Only the old version holds a value.</summary>
    Removed,

    /// <summary>Both versions hold a value and the values differ.</summary>
    Modified,
}
