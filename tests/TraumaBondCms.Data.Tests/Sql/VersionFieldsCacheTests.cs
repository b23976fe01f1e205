using TraumaBondCms.Data.Sql;

namespace TraumaBondCms.Data.Tests.Sql;

/// <summary>Parsed version fields are kept by version id when read from a read session, and only then.</summary>
public sealed class VersionFieldsCacheTests
{
    [Fact]
    public void Should_parse_a_version_once_when_read_sessions_read_it_again()
    {
        var cache = new VersionFieldsCache();
        var parsed = 0;
        string Json()
        {
            parsed++;
            return """{"title":"Grounding"}""";
        }

        var first = cache.Get("v1", Json, keep: true);
        var second = cache.Get("v1", Json, keep: true);

        Assert.Equal(1, parsed);
        Assert.Same(first, second);
        Assert.Equal("Grounding", second.GetString("title"));
    }

    [Fact]
    public void Should_parse_again_when_the_first_read_was_not_to_be_kept()
    {
        var cache = new VersionFieldsCache();
        var parsed = 0;
        string Json()
        {
            parsed++;
            return """{"title":"Uncommitted"}""";
        }

        cache.Get("v1", Json, keep: false);
        cache.Get("v1", Json, keep: false);

        Assert.Equal(2, parsed);
    }
}
