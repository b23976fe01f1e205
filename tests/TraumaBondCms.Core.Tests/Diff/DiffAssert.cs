using TraumaBondCms.Core.Diff;

namespace TraumaBondCms.Core.Tests.Diff;

/// <summary>Checks the <see cref="DiffSegment"/> contract that every text diff must keep.</summary>
internal static class DiffAssert
{
    /// <summary>
    /// Equal+Delete rebuild <paramref name="oldText"/> and Equal+Insert rebuild <paramref name="newText"/> exactly;
    /// no segment is empty; neighbours never share an operation; a deletion never follows an insertion directly.
    /// </summary>
    public static void Rebuilds(IReadOnlyList<DiffSegment> segments, string oldText, string newText)
    {
        Assert.Equal(oldText, string.Concat(segments.Where(s => s.Operation != DiffOperation.Insert).Select(s => s.Text)));
        Assert.Equal(newText, string.Concat(segments.Where(s => s.Operation != DiffOperation.Delete).Select(s => s.Text)));
        Assert.All(segments, s => Assert.NotEmpty(s.Text));
        for (var i = 1; i < segments.Count; i++)
        {
            Assert.NotEqual(segments[i - 1].Operation, segments[i].Operation);
            Assert.False(segments[i - 1].Operation == DiffOperation.Insert && segments[i].Operation == DiffOperation.Delete, "a Delete follows an Insert");
        }
    }

    /// <summary>Shorthand segment constructors for expected values.</summary>
    public static DiffSegment Eq(string text) => new(DiffOperation.Equal, text);

    /// <summary>An expected deletion.</summary>
    public static DiffSegment Del(string text) => new(DiffOperation.Delete, text);

    /// <summary>An expected insertion.</summary>
    public static DiffSegment Ins(string text) => new(DiffOperation.Insert, text);
}
