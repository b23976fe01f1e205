namespace TraumaBondCms.Core.Diff;

/// <summary>
/// Word-level differences between two texts, for reviewers who must see exactly what changed in an article.
/// Pure and thread-safe.
/// <para>
/// Algorithm: both texts are cut into tokens (words, white-space runs, line breaks, single punctuation
/// marks and symbols, all on grapheme boundaries), compared with Myers' O((N+M)·D) algorithm in linear
/// space, then cleaned up so small equal gaps between changes do not fragment the result (the rule is on
/// <see cref="Compare"/>).
/// </para>
/// </summary>
public static class TextDiff
{
    /// <summary>
    /// Above this many tokens on either side of the changed region (after the common leading and trailing
    /// tokens are set aside), the diff is done on lines without trying words: a guard on memory for texts
    /// far beyond any field's limit (a 100,000-character Markdown body has about 40,000 tokens). Below it,
    /// <see cref="WorkBudget"/> alone decides.
    /// </summary>
    public const int MaxWordTokens = 100_000;

    /// <summary>
    /// The work budget of one token-level comparison: the search gives up after an edit cost of
    /// <c>WorkBudget / (N+M)</c> tokens, so a comparison takes on the order of this many steps at most (tens
    /// of milliseconds). Texts of up to about 3,000 tokens per side are never cut short; a 100 KB article
    /// keeps word granularity for about a hundred scattered edits.
    /// </summary>
    public const long WorkBudget = 20_000_000;

    private static readonly TextDiffResult Empty = new([], DiffGranularity.Word);

    /// <summary>
    /// Compares <paramref name="before"/> with <paramref name="after"/>. The segments rebuild both texts exactly
    /// (see <see cref="DiffSegment"/>). Equal texts give one Equal segment (none when empty).
    /// <para>
    /// Granularity is <see cref="DiffGranularity.Word"/> unless the word comparison would exceed
    /// <see cref="WorkBudget"/> (a long article heavily rewritten) or the changed region exceeds
    /// <see cref="MaxWordTokens"/> tokens on a side; then the comparison is done on whole lines and the
    /// result says <see cref="DiffGranularity.Line"/>. So the granularity depends on how much changed, not on
    /// where: a few edits at both ends of a 100 KB article stay word-level.
    /// </para>
    /// <para>
    /// Cleanup (word granularity only): an equal run between two changes, with no line break, is merged into
    /// them when they include a deletion and an insertion and the run is only white space and punctuation
    /// or is no longer than each change beside it. So "the quick brown fox" → "a slow red fox" shows one
    /// replacement, not three.
    /// </para>
    /// </summary>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    public static TextDiffResult Compare(string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (string.Equals(before, after, StringComparison.Ordinal))
        {
            return before.Length == 0 ? Empty : new TextDiffResult([new DiffSegment(DiffOperation.Equal, before)], DiffGranularity.Word);
        }

        var oldBounds = DiffTokenizer.Words(before);
        var newBounds = DiffTokenizer.Words(after);
        var interner = new TokenInterner();
        var a = interner.Intern(before, oldBounds);
        var b = interner.Intern(after, newBounds);
        var (prefix, suffix) = MyersDiff.CommonAffixes(a, b);
        var fitsWordDiff = a.Length - prefix - suffix <= MaxWordTokens && b.Length - prefix - suffix <= MaxWordTokens;
        if (fitsWordDiff && MyersDiff.TryCompare(a, b, WorkBudget, out var deleted, out var inserted))
        {
            var chunks = EqualityFolding.Apply(EditScript.ToChunks(before, oldBounds, deleted, newBounds, inserted));
            return new TextDiffResult(EditScript.ToSegments(chunks, before, after), DiffGranularity.Word);
        }

        return CompareLines(before, after);
    }

    private static TextDiffResult CompareLines(string before, string after)
    {
        var oldBounds = DiffTokenizer.Lines(before);
        var newBounds = DiffTokenizer.Lines(after);
        var interner = new TokenInterner();
        var a = interner.Intern(before, oldBounds);
        var b = interner.Intern(after, newBounds);
        if (!MyersDiff.TryCompare(a, b, WorkBudget, out var deleted, out var inserted))
        {
            // Tens of thousands of lines, all rewritten: showing the changed block whole is the honest answer.
            MyersDiff.ReplaceMiddle(a, b, out deleted, out inserted);
        }

        // No folding here: an equal line is never noise between changed lines.
        var chunks = EditScript.ToChunks(before, oldBounds, deleted, newBounds, inserted);
        return new TextDiffResult(EditScript.ToSegments(chunks, before, after), DiffGranularity.Line);
    }
}
