namespace TraumaBondCms.Core.Diff;

/// <summary>What a <see cref="DiffSegment"/> does to the old text to make the new one.</summary>
public enum DiffOperation
{
    /// <summary>The text is in both versions.</summary>
    Equal,

    /// <summary>The text is only in the new version.</summary>
    Insert,

    /// <summary>The text is only in the old version.</summary>
    Delete,
}
