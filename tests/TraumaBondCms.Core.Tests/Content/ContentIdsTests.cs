using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Core.Tests.Content;

public class ContentIdsTests
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    /// <summary>Reads the milliseconds since the Unix epoch from an id's first ten characters.</summary>
    private static long TimeOf(string id) => id[..10].Aggregate(0L, (time, c) => (time * 32) + Alphabet.IndexOf(c, StringComparison.Ordinal));

    [Fact]
    public void Should_be_26_lower_case_base32_characters_when_new()
    {
        var id = ContentIds.New();

        Assert.Matches("^[0-9a-hjkmnp-tv-z]{26}$", id);
        Assert.True(ContentIds.IsWellFormed(id));
    }

    [Fact]
    public void Should_be_unique_when_10000_are_made()
    {
        var ids = Enumerable.Range(0, 10_000).Select(_ => ContentIds.New()).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Should_encode_creation_time_in_prefix_when_new()
    {
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        var id = ContentIds.New();

        var after = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        Assert.InRange(TimeOf(id), before, after);
    }

    [Fact]
    public void Should_sort_prefixes_by_creation_when_made_one_after_another()
    {
        var prefixes = Enumerable.Range(0, 2_000).Select(_ => ContentIds.New()[..10]).ToList();

        Assert.Equal(prefixes.Order(StringComparer.Ordinal), prefixes);
    }

    [Theory]
    [InlineData("01jq8zkv3c9x4m7p2r5t6w8y0a", true)]
    [InlineData("lifeline_988", true)]
    [InlineData("Refuge-UK", true)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("has space", false)]
    [InlineData("a/b", false)]
    [InlineData("café", false)]
    public void Should_tell_well_formed_ids_when_checking(string? id, bool expected)
    {
        var wellFormed = ContentIds.IsWellFormed(id);

        Assert.Equal(expected, wellFormed);
    }

    [Fact]
    public void Should_accept_64_characters_and_refuse_65_when_checking_length()
    {
        var longest = new string('a', 64);

        Assert.True(ContentIds.IsWellFormed(longest));
        Assert.False(ContentIds.IsWellFormed(longest + "a"));
    }
}
