namespace TraumaBondCms.Core.Diff;

/// <summary>Turns token-level edit flags into character-range chunks, and chunks into <see cref="DiffSegment"/>s.</summary>
internal static class EditScript
{
    /// <summary>
    /// Walks both token lists in step: a maximal run of deleted and inserted tokens becomes one changed
    /// region (deletion first), a run of kept tokens one equal run. Adjacent changes are merged.
    /// </summary>
    public static List<DiffChunk> ToChunks(string oldText, int[] oldBounds, bool[] deleted, int[] newBounds, bool[] inserted)
    {
        var chunks = new List<DiffChunk>();
        int i = 0, j = 0, n = deleted.Length, m = inserted.Length;
        while (i < n || j < m)
        {
            if ((i < n && deleted[i]) || (j < m && inserted[j]))
            {
                int oldStart = oldBounds[i], newStart = newBounds[j];
                while (i < n && deleted[i])
                {
                    i++;
                }

                while (j < m && inserted[j])
                {
                    j++;
                }

                var change = DiffChunk.Change(oldStart, oldBounds[i], newStart, newBounds[j]);
                if (chunks.Count > 0 && !chunks[^1].IsEqual)
                {
                    chunks[^1] = DiffChunk.Change(chunks[^1].OldStart, change.OldEnd, chunks[^1].NewStart, change.NewEnd);
                }
                else
                {
                    chunks.Add(change);
                }
            }
            else
            {
                int oldStart = oldBounds[i], newStart = newBounds[j];
                // Kept tokens pair up one to one (both sequences are the same there).
                while (i < n && j < m && !deleted[i] && !inserted[j])
                {
                    i++;
                    j++;
                }

                chunks.Add(DiffChunk.Equal(oldText, oldStart, oldBounds[i], newStart, newBounds[j]));
            }
        }

        return chunks;
    }

    /// <summary>The segments of <paramref name="chunks"/>: one Equal per equal run, a Delete then an Insert per change (empty sides omitted).</summary>
    public static List<DiffSegment> ToSegments(List<DiffChunk> chunks, string oldText, string newText)
    {
        var segments = new List<DiffSegment>(chunks.Count * 2);
        foreach (var chunk in chunks)
        {
            if (chunk.IsEqual)
            {
                segments.Add(new DiffSegment(DiffOperation.Equal, oldText[chunk.OldStart..chunk.OldEnd]));
                continue;
            }

            if (chunk.OldLength > 0)
            {
                segments.Add(new DiffSegment(DiffOperation.Delete, oldText[chunk.OldStart..chunk.OldEnd]));
            }

            if (chunk.NewLength > 0)
            {
                segments.Add(new DiffSegment(DiffOperation.Insert, newText[chunk.NewStart..chunk.NewEnd]));
            }
        }

        return segments;
    }
}
