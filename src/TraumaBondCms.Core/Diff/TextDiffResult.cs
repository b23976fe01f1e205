namespace TraumaBondCms.Core.Diff;

/// <summary>
/// The difference between two texts: segments that rebuild both exactly (see <see cref="DiffSegment"/>) and
/// how finely they locate the changes. Immutable.
/// </summary>
public sealed class TextDiffResult
{
    /// <summary>Creates a result; <paramref name="segments"/> must follow the <see cref="DiffSegment"/> contract.</summary>
    public TextDiffResult(IReadOnlyList<DiffSegment> segments, DiffGranularity granularity)
    {
        ArgumentNullException.ThrowIfNull(segments);
        Segments = segments;
        Granularity = granularity;
    }

    /// <summary>
    /// The runs in text order; empty only when both texts are empty. Adjacent segments never share an
    /// operation, and within one changed region the deletion comes before the insertion.
    /// </summary>
    public IReadOnlyList<DiffSegment> Segments { get; }

    /// <summary>Whether changes are located to words or, for very large rewrites, to lines.</summary>
    public DiffGranularity Granularity { get; }

    /// <summary>True when the texts differ (some segment is an insertion or a deletion).</summary>
    public bool HasChanges => Segments.Any(s => s.Operation != DiffOperation.Equal);

    /// <summary>The old text, rebuilt from the Equal and Delete segments.</summary>
    public string OldText => string.Concat(Segments.Where(s => s.Operation != DiffOperation.Insert).Select(s => s.Text));

    /// <summary>The new text, rebuilt from the Equal and Insert segments.</summary>
    public string NewText => string.Concat(Segments.Where(s => s.Operation != DiffOperation.Delete).Select(s => s.Text));
}
