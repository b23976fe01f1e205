namespace TraumaBondCms.Core.Diff;

/// <summary>
/// A run of an edit script as character ranges of the old and new texts: an equal run (the same text on both
/// sides) or a changed region (old range deleted, new range inserted; either may be empty). Ranges let the
/// cleanup merge runs in constant time before any substring is made.
/// </summary>
internal readonly record struct DiffChunk(bool IsEqual, int OldStart, int OldEnd, int NewStart, int NewEnd)
{
    /// <summary>Equal runs: the text holds a letter, digit or combining mark.</summary>
    public bool HasWord { get; init; }

    /// <summary>Equal runs: the text holds a line break.</summary>
    public bool HasLineBreak { get; init; }

    /// <summary>Length of the old range.</summary>
    public int OldLength => OldEnd - OldStart;

    /// <summary>Length of the new range.</summary>
    public int NewLength => NewEnd - NewStart;

    /// <summary>An equal run of <paramref name="text"/>, classified for the cleanup.</summary>
    public static DiffChunk Equal(string text, int oldStart, int oldEnd, int newStart, int newEnd)
    {
        var span = text.AsSpan(oldStart, oldEnd - oldStart);
        return new DiffChunk(true, oldStart, oldEnd, newStart, newEnd)
        {
            HasWord = DiffTokenizer.ContainsWord(span),
            HasLineBreak = DiffTokenizer.ContainsLineBreak(span),
        };
    }

    /// <summary>A changed region.</summary>
    public static DiffChunk Change(int oldStart, int oldEnd, int newStart, int newEnd) =>
        new(false, oldStart, oldEnd, newStart, newEnd);
}
