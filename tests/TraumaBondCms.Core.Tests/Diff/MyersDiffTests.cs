using TraumaBondCms.Core.Diff;

namespace TraumaBondCms.Core.Tests.Diff;

// The edit script must be valid (kept items match in order) and minimal (as few edits as the longest common
// subsequence allows), checked against a plain dynamic-programming LCS on seeded random sequences.
public class MyersDiffTests
{
    [Fact]
    public void Should_find_a_minimal_valid_edit_script_when_sequences_are_random()
    {
        var random = new Random(2718);

        for (var i = 0; i < 2000; i++)
        {
            var a = RandomSequence(random);
            var b = random.Next(3) == 0 ? RandomSequence(random) : Mutate(a, random);

            var completed = MyersDiff.TryCompare(a, b, TextDiff.WorkBudget, out var deleted, out var inserted);

            Assert.True(completed);
            var keptA = a.Where((_, k) => !deleted[k]).ToArray();
            var keptB = b.Where((_, k) => !inserted[k]).ToArray();
            Assert.Equal(keptA, keptB);
            Assert.Equal(LongestCommonSubsequence(a, b), keptA.Length);
        }
    }

    [Fact]
    public void Should_give_up_when_the_edit_cost_exceeds_the_work_budget()
    {
        var a = Enumerable.Range(0, 1000).ToArray();
        var b = Enumerable.Range(1000, 1000).ToArray();

        var completed = MyersDiff.TryCompare(a, b, workBudget: 2000 * 100, out _, out _);

        Assert.False(completed);
    }

    private static int[] RandomSequence(Random random)
    {
        var length = random.Next(0, 40);
        var alphabet = random.Next(1, 8);
        return Enumerable.Range(0, length).Select(_ => random.Next(alphabet)).ToArray();
    }

    private static int[] Mutate(int[] a, Random random)
    {
        var b = a.ToList();
        for (var edits = random.Next(1, 6); edits > 0; edits--)
        {
            var at = random.Next(b.Count + 1);
            if (random.Next(2) == 0 || at == b.Count)
            {
                b.Insert(at, random.Next(8));
            }
            else
            {
                b.RemoveAt(at);
            }
        }

        return [.. b];
    }

    private static int LongestCommonSubsequence(int[] a, int[] b)
    {
        var table = new int[a.Length + 1, b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                table[i, j] = a[i - 1] == b[j - 1] ? table[i - 1, j - 1] + 1 : Math.Max(table[i - 1, j], table[i, j - 1]);
            }
        }

        return table[a.Length, b.Length];
    }
}
