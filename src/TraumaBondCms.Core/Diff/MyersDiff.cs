namespace TraumaBondCms.Core.Diff;

/// <summary>
/// Myers' difference algorithm in its linear-space form (E. W. Myers, "An O(ND) Difference Algorithm and Its
/// Variations", Algorithmica 1986, §4b): find the middle snake of an optimal edit path by searching forward
/// from the start and backward from the end at once, then solve the two halves the same way. Time is
/// O((N+M)·D) for sequences of lengths N and M that differ by D insertions and deletions; space is O(N+M).
/// The result is a minimal edit script.
/// <para>
/// Bound: the search for one middle snake gives up after a cost of <c>workBudget / (N+M)</c> (measured after
/// trimming the common prefix and suffix), so no call does more than about <c>workBudget</c> steps at the top
/// level; the halves then cost no more than their parent. Inputs short enough that the limit exceeds
/// <c>(N+M)/2</c> always complete.
/// </para>
/// </summary>
internal sealed class MyersDiff
{
    private readonly int[] _a;
    private readonly int[] _b;
    private readonly bool[] _deleted;
    private readonly bool[] _inserted;
    private readonly int[] _forward;
    private readonly int[] _backward;
    private readonly int _offset;
    private readonly long _costLimit;

    private MyersDiff(int[] a, int[] b, long costLimit)
    {
        _a = a;
        _b = b;
        _deleted = new bool[a.Length];
        _inserted = new bool[b.Length];
        // Diagonal k = x - y ranges over [-M, N]; one sentinel on each side.
        _offset = b.Length + 1;
        _forward = new int[a.Length + b.Length + 3];
        _backward = new int[a.Length + b.Length + 3];
        _costLimit = costLimit;
    }

    /// <summary>
    /// Computes a minimal edit script from <paramref name="a"/> to <paramref name="b"/>: <paramref name="deleted"/>
    /// marks the items of <paramref name="a"/> that are not kept, <paramref name="inserted"/> the items of
    /// <paramref name="b"/> that are new. Returns false (and no script) when the work budget is exceeded.
    /// </summary>
    public static bool TryCompare(int[] a, int[] b, long workBudget, out bool[] deleted, out bool[] inserted)
    {
        var (prefix, suffix) = CommonAffixes(a, b);
        long remaining = a.Length + b.Length - 2 * (prefix + suffix);
        var diff = new MyersDiff(a, b, remaining == 0 ? 1 : Math.Max(1, workBudget / remaining));
        var completed = diff.Compare(prefix, a.Length - suffix, prefix, b.Length - suffix);
        deleted = completed ? diff._deleted : [];
        inserted = completed ? diff._inserted : [];
        return completed;
    }

    /// <summary>An edit script that keeps the common prefix and suffix and replaces everything between them.</summary>
    public static void ReplaceMiddle(int[] a, int[] b, out bool[] deleted, out bool[] inserted)
    {
        var (prefix, suffix) = CommonAffixes(a, b);
        deleted = new bool[a.Length];
        inserted = new bool[b.Length];
        Array.Fill(deleted, true, prefix, a.Length - prefix - suffix);
        Array.Fill(inserted, true, prefix, b.Length - prefix - suffix);
    }

    /// <summary>The number of equal items at the start and, not overlapping them, at the end of both sequences.</summary>
    public static (int Prefix, int Suffix) CommonAffixes(int[] a, int[] b)
    {
        var prefix = 0;
        var shorter = Math.Min(a.Length, b.Length);
        while (prefix < shorter && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < shorter - prefix && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix])
        {
            suffix++;
        }

        return (prefix, suffix);
    }

    private bool Compare(int aLow, int aHigh, int bLow, int bHigh)
    {
        while (aLow < aHigh && bLow < bHigh && _a[aLow] == _b[bLow])
        {
            aLow++;
            bLow++;
        }

        while (aLow < aHigh && bLow < bHigh && _a[aHigh - 1] == _b[bHigh - 1])
        {
            aHigh--;
            bHigh--;
        }

        if (aLow == aHigh)
        {
            Array.Fill(_inserted, true, bLow, bHigh - bLow);
            return true;
        }

        if (bLow == bHigh)
        {
            Array.Fill(_deleted, true, aLow, aHigh - aLow);
            return true;
        }

        // With the common ends trimmed, both halves cost strictly less than this range (D ≥ 2 here), so the
        // recursion ends, and it is about log2(D) deep because each half costs about D/2.
        return TryFindMiddleSnake(aLow, aHigh, bLow, bHigh, out var x, out var y)
            && Compare(aLow, x, bLow, y)
            && Compare(x, aHigh, y, bHigh);
    }

    // Finds a point (x, y) on an optimal path from (aLow, bLow) to (aHigh, bHigh) that splits its cost in half.
    // _forward[k] is the furthest x reached on diagonal k = x - y from the start, _backward[k] the smallest x
    // reached from the end; only diagonals of the parity the current cost allows are visited.
    private bool TryFindMiddleSnake(int aLow, int aHigh, int bLow, int bHigh, out int xMid, out int yMid)
    {
        var (forward, backward, o) = (_forward, _backward, _offset);
        int kMin = aLow - bHigh, kMax = aHigh - bLow;
        int forwardMid = aLow - bLow, backwardMid = aHigh - bHigh;
        int fMin = forwardMid, fMax = forwardMid, bMin = backwardMid, bMax = backwardMid;
        // When the diagonals of start and end differ by an odd number, the paths can first meet during a
        // forward step; otherwise during a backward one.
        var odd = ((forwardMid - backwardMid) & 1) != 0;
        forward[forwardMid + o] = aLow;
        backward[backwardMid + o] = aHigh;

        for (long cost = 1; cost <= _costLimit; cost++)
        {
            // Widen the band of diagonals by one on each side, or narrow it where it meets an edge of the
            // grid; a sentinel outside the band makes the edge diagonal take its only possible move.
            if (fMin > kMin)
            {
                forward[--fMin - 1 + o] = -1;
            }
            else
            {
                fMin++;
            }

            if (fMax < kMax)
            {
                forward[++fMax + 1 + o] = -1;
            }
            else
            {
                fMax--;
            }

            for (var k = fMax; k >= fMin; k -= 2)
            {
                int below = forward[k - 1 + o], above = forward[k + 1 + o];
                var x = below >= above ? below + 1 : above;
                var y = x - k;
                while (x < aHigh && y < bHigh && _a[x] == _b[y])
                {
                    x++;
                    y++;
                }

                forward[k + o] = x;
                if (odd && k >= bMin && k <= bMax && backward[k + o] <= x)
                {
                    (xMid, yMid) = (x, y);
                    return true;
                }
            }

            if (bMin > kMin)
            {
                backward[--bMin - 1 + o] = int.MaxValue;
            }
            else
            {
                bMin++;
            }

            if (bMax < kMax)
            {
                backward[++bMax + 1 + o] = int.MaxValue;
            }
            else
            {
                bMax--;
            }

            for (var k = bMax; k >= bMin; k -= 2)
            {
                int below = backward[k - 1 + o], above = backward[k + 1 + o];
                var x = below < above ? below : above - 1;
                var y = x - k;
                while (x > aLow && y > bLow && _a[x - 1] == _b[y - 1])
                {
                    x--;
                    y--;
                }

                backward[k + o] = x;
                if (!odd && k >= fMin && k <= fMax && x <= forward[k + o])
                {
                    (xMid, yMid) = (x, y);
                    return true;
                }
            }
        }

        (xMid, yMid) = (0, 0);
        return false;
    }
}
