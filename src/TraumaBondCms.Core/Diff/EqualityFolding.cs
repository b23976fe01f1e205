namespace TraumaBondCms.Core.Diff;

/// <summary>
/// The cleanup pass that makes a word diff read like a human edit rather than confetti. A minimal diff of
/// "the quick brown fox" → "a slow red fox" keeps the two single spaces between the replaced words as
/// equal, which shows three separate replacements; a reader sees one: "the quick brown" → "a slow red".
/// <para>
/// Rule: an equal run that lies between two changes is folded into them (its text is appended to both the
/// deleted and the inserted text, so both texts still rebuild exactly) when
/// </para>
/// <list type="number">
/// <item>it holds no line break (paragraph and list structure always stays visible), and</item>
/// <item>the changes on its two sides include at least one deletion and at least one insertion (folding
/// the gap between two pure insertions would invent a deleted space), and</item>
/// <item>either it holds no word at all (only white space and punctuation, like <c>" "</c> or <c>", "</c>),
/// or it is no longer, in characters, than each of the two changes around it (a change's length being the
/// longer of its deleted and inserted text): a short "and" between two rewritten phrases is a
/// coincidence, not an anchor.</item>
/// </list>
/// <para>Folding repeats until no run qualifies; each run is folded at most once, so the pass is linear.</para>
/// </summary>
internal static class EqualityFolding
{
    /// <summary>Applies the rule to <paramref name="chunks"/> (in text order) and returns the folded list.</summary>
    public static List<DiffChunk> Apply(List<DiffChunk> chunks)
    {
        var output = new List<DiffChunk>(chunks.Count);
        foreach (var chunk in chunks)
        {
            output.Add(chunk);
            // A fold makes the change on the right larger, which may let the equal run before it fold too.
            while (output.Count >= 3 && !output[^1].IsEqual && output[^2].IsEqual && !output[^3].IsEqual
                && CanFold(output[^3], output[^2], output[^1]))
            {
                var merged = DiffChunk.Change(output[^3].OldStart, output[^1].OldEnd, output[^3].NewStart, output[^1].NewEnd);
                output.RemoveRange(output.Count - 3, 3);
                output.Add(merged);
            }
        }

        return output;
    }

    private static bool CanFold(DiffChunk left, DiffChunk equal, DiffChunk right)
    {
        if (equal.HasLineBreak)
        {
            return false;
        }

        var deletes = left.OldLength > 0 || right.OldLength > 0;
        var inserts = left.NewLength > 0 || right.NewLength > 0;
        if (!deletes || !inserts)
        {
            return false;
        }

        return !equal.HasWord || equal.OldLength <= Math.Min(Size(left), Size(right));
    }

    private static int Size(DiffChunk change) => Math.Max(change.OldLength, change.NewLength);
}
