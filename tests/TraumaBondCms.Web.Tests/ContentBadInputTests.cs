using System.Net;
using System.Net.Http.Headers;
using System.Text;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests;

/// <summary>Every kind of bad write gets a 4xx ProblemDetails naming the problem, and the database is unchanged.</summary>
public sealed class ContentBadInputTests : IClassFixture<SharedCmsHost>
{
    private readonly CmsTestHost _host;

    public ContentBadInputTests(SharedCmsHost shared) => _host = shared.Host;

    public static TheoryData<string, string, HttpStatusCode, string?> BadCreates => new()
    {
        { "malformed JSON", """{ "contentType": "Faq", "fields": { "question": "Open? """, HttpStatusCode.BadRequest, "JSON" },
        { "not an object", """[1, 2, 3]""", HttpStatusCode.BadRequest, "body" },
        { "unknown property", """{ "contentType": "Faq", "fields": { "question": "Q?", "answer": "A" }, "publish": true }""", HttpStatusCode.BadRequest, "publish" },
        { "unknown content type", """{ "contentType": "Podcast", "fields": { "title": "Episode 1" } }""", HttpStatusCode.BadRequest, "contentType" },
        { "unknown field", """{ "contentType": "Faq", "fields": { "question": "Q?", "answer": "A", "rating": 5 } }""", HttpStatusCode.BadRequest, "rating" },
        { "wrong field type", """{ "contentType": "Article", "fields": { "title": "T", "body": "B", "readingMinutes": "five" } }""", HttpStatusCode.BadRequest, "readingMinutes" },
        { "invalid slug", """{ "contentType": "Faq", "fields": { "question": "Q?", "answer": "A", "slug": "Not A Slug!" } }""", HttpStatusCode.BadRequest, "slug" },
        { "duplicate slug", """{ "contentType": "Article", "fields": { "title": "Another", "body": "B", "slug": "why-leaving-is-hard" } }""", HttpStatusCode.Conflict, "slug" },
        { "missing required field", """{ "contentType": "Faq", "fields": { "question": "Where is the answer?" } }""", HttpStatusCode.BadRequest, "answer" },
        { "text too long", $$"""{ "contentType": "Faq", "fields": { "question": "{{new string('q', 301)}}?", "answer": "A" } }""", HttpStatusCode.BadRequest, "question" },
        { "choice not an option", """{ "contentType": "Article", "fields": { "title": "T", "body": "B", "audience": "everyone" } }""", HttpStatusCode.BadRequest, "audience" },
        { "unknown topic", """{ "contentType": "Article", "fields": { "title": "T", "body": "B", "topics": ["astrology"] } }""", HttpStatusCode.BadRequest, "topics" },
        { "picker of the wrong type", """{ "contentType": "Faq", "fields": { "question": "Q?", "answer": "A", "article": ["resource-us-ndvh"] } }""", HttpStatusCode.BadRequest, "article" },
        { "picker to nothing", """{ "contentType": "Faq", "fields": { "question": "Q?", "answer": "A", "article": ["no-such-item"] } }""", HttpStatusCode.BadRequest, "article" },
        { "javascript link", """{ "contentType": "Resource", "fields": { "name": "N", "website": { "url": "javascript:alert(1)" } } }""", HttpStatusCode.BadRequest, "website" },
        { "malformed phone", """{ "contentType": "Resource", "fields": { "name": "N", "phone": "call us" } }""", HttpStatusCode.BadRequest, "phone" },
    };

    [Theory]
    [MemberData(nameof(BadCreates))]
    public async Task Should_refuse_and_change_nothing_when_a_create_is_bad(string problem, string body, HttpStatusCode status, string? named)
    {
        using var editor = await _host.AdminAsync();
        var before = DatabaseSnapshot.Take(_host.DataPath);

        using var response = await editor.PostAsync("/api/content", new StringContent(body, Encoding.UTF8, "application/json"));

        await HttpAssert.ProblemAsync(status, response, named);
        DatabaseSnapshot.Take(_host.DataPath).AssertUnchangedSince(before);
        Assert.False(string.IsNullOrEmpty(problem));
    }

    [Fact]
    public async Task Should_refuse_with_413_when_the_body_is_over_the_limit()
    {
        using var editor = await _host.AdminAsync();
        var before = DatabaseSnapshot.Take(_host.DataPath);
        var body = $$"""{ "contentType": "Article", "fields": { "title": "Huge", "body": "{{new string('x', 3 * 1024 * 1024)}}" } }""";
        // With Expect: 100-continue the client waits for the verdict on the headers instead of writing 3 MB into a
        // connection the server has already answered and closed.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/content") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.ExpectContinue = true;

        using var response = await editor.SendAsync(request);

        await HttpAssert.ProblemAsync(HttpStatusCode.RequestEntityTooLarge, response);
        DatabaseSnapshot.Take(_host.DataPath).AssertUnchangedSince(before);
    }

    [Fact]
    public async Task Should_refuse_with_413_when_a_chunked_body_passes_the_limit()
    {
        using var editor = await _host.AdminAsync();
        var before = DatabaseSnapshot.Take(_host.DataPath);
        // Just over the 2 MiB limit: the server answers once the limit is passed, and the few bytes still in flight fit
        // in the socket buffers instead of hitting a closed connection.
        var bytes = Encoding.UTF8.GetBytes($$"""{ "contentType": "Article", "fields": { "title": "Huge", "body": "{{new string('x', (2 * 1024 * 1024) + 512)}}" } }""");
        using var content = new StreamContent(new MemoryStream(bytes));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/content") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await editor.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        DatabaseSnapshot.Take(_host.DataPath).AssertUnchangedSince(before);
    }

    [Fact]
    public async Task Should_refuse_with_400_naming_the_cursor_when_a_list_cursor_is_malformed()
    {
        using var reader = _host.Anonymous();

        using var response = await reader.GetAsync("/api/content?type=Article&after=not-a-cursor");

        await HttpAssert.ProblemAsync(HttpStatusCode.BadRequest, response, "after");
    }

    [Fact]
    public async Task Should_refuse_with_415_when_the_body_is_not_json()
    {
        using var editor = await _host.AdminAsync();

        using var response = await editor.PostAsync("/api/content", new StringContent("title=x", Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Should_report_every_bad_field_when_several_are_wrong()
    {
        using var editor = await _host.AdminAsync();

        using var response = await editor.PostAsync("/api/content", new StringContent(
            """{ "contentType": "Article", "fields": { "body": 3, "audience": "x", "keyTakeaways": ["ok", 7] } }""", Encoding.UTF8, "application/json"));

        var problem = await HttpAssert.ProblemAsync(HttpStatusCode.BadRequest, response);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order().ToArray();
        Assert.Equal(["audience", "body", "keyTakeaways", "title"], fields);
    }

    [Fact]
    public async Task Should_refuse_with_401_when_an_anonymous_caller_writes()
    {
        using var anonymous = _host.Anonymous();
        var before = DatabaseSnapshot.Take(_host.DataPath);

        using var response = await anonymous.PostAsync("/api/content", new StringContent("""{ "contentType": "Faq", "fields": { "question": "Q?", "answer": "A" } }""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        DatabaseSnapshot.Take(_host.DataPath).AssertUnchangedSince(before);
    }
}
