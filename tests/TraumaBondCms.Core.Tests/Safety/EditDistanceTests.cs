using TraumaBondCms.Core.Safety;

namespace TraumaBondCms.Core.Tests.Safety;

public class EditDistanceTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("18007997233", "18007997223", 1)]
    [InlineData("18007997233", "18007997323", 1)]
    [InlineData("18007997233", "1800799723", 1)]
    [InlineData("18007997233", "18007997244", 2)]
    [InlineData("thehotline.org", "thehotIine.org", 1)]
    [InlineData("ca", "abc", 3)]
    public void Should_count_insertions_deletions_substitutions_and_transpositions_when_comparing(string a, string b, int expected)
    {
        var forward = EditDistance.Between(a, b);
        var backward = EditDistance.Between(b, a);

        Assert.Equal(expected, forward);
        Assert.Equal(expected, backward);
    }
}
