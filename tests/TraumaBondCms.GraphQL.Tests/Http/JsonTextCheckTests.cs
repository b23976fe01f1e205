using System.Text;
using TraumaBondCms.GraphQL.Http;

namespace TraumaBondCms.GraphQL.Tests.Http;

// Strings that parse as JSON but cannot become .NET strings, found before anything reads them, with where they are.
public sealed class JsonTextCheckTests
{
    [Theory]
    [InlineData("""{"username": "\ud800"}""", "username")]
    [InlineData("""{"fields": {"title": "ok", "body": "x\udfffy"}}""", "fields.body")]
    [InlineData("""{"roles": ["Editor", "\udbff"]}""", "roles[1]")]
    [InlineData("""[{"a": 1}, {"b": ["\ud800\ud800"]}]""", "[1].b[0]")]
    [InlineData("""{"outer": {"\udc00": true}}""", "outer")]
    [InlineData("""["\ud800"]""", "[0]")]
    [InlineData("\"\\ud800\"", "")]
    public void Should_name_the_place_when_an_escape_is_half_a_surrogate_pair(string json, string expected)
    {
        var found = JsonTextCheck.TryFindUndecodable(Encoding.UTF8.GetBytes(json), out var path, out var message);

        Assert.True(found);
        Assert.Equal(expected, path);
        Assert.Contains("surrogate", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_say_the_bytes_are_not_utf8_when_they_are_not()
    {
        byte[] json = [.. "{\"a\": [1, \""u8, 0xED, 0xA0, 0x80, .. "\"]}"u8];

        var found = JsonTextCheck.TryFindUndecodable(json, out var path, out var message);

        Assert.True(found);
        Assert.Equal("a[1]", path);
        Assert.Contains("not UTF-8", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"ok": "\ud83d\ude00 and \u0000 and \u00e9", "n": [1, null, true]}""")]
    [InlineData("{ not json")]
    [InlineData("")]
    public void Should_find_nothing_when_every_string_decodes_or_the_text_is_not_json(string json)
    {
        var found = JsonTextCheck.TryFindUndecodable(Encoding.UTF8.GetBytes(json), out _, out _);

        Assert.False(found);
    }
}
