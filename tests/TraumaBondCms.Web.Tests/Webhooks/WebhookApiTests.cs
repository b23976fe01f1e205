using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Webhooks;

/// <summary>Webhook administration under <c>/api/webhooks</c>: validation, permissions, secrets shown once, deletion, audit.</summary>
public sealed class WebhookApiTests(WebhookHost shared) : IClassFixture<WebhookHost>
{
    private readonly CmsTestHost _host = shared.Host;

    public static TheoryData<string, string> BadRequests => new()
    {
        { """{ "url": "ftp://files.example/hooks", "events": ["content.published"] }""", "url" },
        { """{ "url": "file:///etc/passwd", "events": ["content.published"] }""", "url" },
        { """{ "url": "/relative/hooks", "events": ["content.published"] }""", "url" },
        { """{ "url": "https://user:pass@receiver.example/hooks", "events": ["content.published"] }""", "url" },
        { """{ "events": ["content.published"] }""", "url" },
        { """{ "url": "https://receiver.example/hooks", "events": ["content.deleted"] }""", "events" },
        { """{ "url": "https://receiver.example/hooks", "events": [] }""", "events" },
        { """{ "url": "https://receiver.example/hooks", "events": "content.published" }""", "events" },
        { """{ "url": "https://receiver.example/hooks" }""", "events" },
        { """{ "url": "https://receiver.example/hooks", "events": ["content.published"], "secret": "short" }""", "secret" },
        { """{ "url": "https://receiver.example/hooks", "events": ["content.published"], "headers": {} }""", "headers" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Should_refuse_with_a_problem_naming_the_field_when_the_registration_is_bad(string body, string field)
    {
        using var admin = await _host.AdminAsync();
        var before = await ListAsync(admin);

        var response = await admin.PostAsync("/api/webhooks", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await HttpAssert.ProblemAsync(HttpStatusCode.BadRequest, response, field);
        Assert.Equal(before.Length, (await ListAsync(admin)).Length);
    }

    [Fact]
    public async Task Should_refuse_every_webhook_call_when_the_user_is_not_an_administrator()
    {
        using var admin = await _host.AdminAsync();
        var id = (await WebhookApi.RegisterAsync(admin, "https://receiver.example/editor-test", "content.published")).GetProperty("id").GetString()!;
        using var editor = await _host.CreateUserAsync("webhook-editor", "Editor");
        using var anonymous = _host.Anonymous();

        var responses = new[]
        {
            await editor.GetAsync("/api/webhooks"),
            await editor.PostAsJsonAsync("/api/webhooks", new { url = "https://attacker.example/", events = new[] { "content.published" } }),
            await editor.DeleteAsync($"/api/webhooks/{id}"),
            await editor.GetAsync($"/api/webhooks/{id}/deliveries"),
        };
        var unauthenticated = await anonymous.GetAsync("/api/webhooks");

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
        Assert.Contains(await ListAsync(admin), w => w.GetProperty("id").GetString() == id);
        Assert.DoesNotContain(await ListAsync(admin), w => w.GetProperty("url").GetString() == "https://attacker.example/");
    }

    [Fact]
    public async Task Should_show_the_generated_secret_only_when_the_webhook_is_created()
    {
        using var admin = await _host.AdminAsync();

        var created = await HttpAssert.StatusAsync(HttpStatusCode.Created, await admin.PostAsJsonAsync("/api/webhooks", new
        {
            url = "https://receiver.example/secret-test",
            events = new[] { "content.approved", "content.review_overdue", "content.approved" },
            description = "Clinical team notifications",
        }));
        var listText = await admin.GetStringAsync("/api/webhooks");
        var auditText = await admin.GetStringAsync("/api/audit?action=webhook.created");

        var secret = created.GetProperty("secret").GetString()!;
        var id = created.GetProperty("id").GetString()!;
        Assert.True(secret.Length >= 32, $"A generated secret is long: '{secret}'.");
        Assert.Equal(["content.approved", "content.review_overdue"], created.GetProperty("events").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("Clinical team notifications", created.GetProperty("description").GetString());
        var listed = JsonDocument.Parse(listText).RootElement.EnumerateArray().Single(w => w.GetProperty("id").GetString() == id);
        Assert.False(listed.TryGetProperty("secret", out _), $"The list shows no secret: {listed}");
        Assert.DoesNotContain(secret, listText, StringComparison.Ordinal);
        Assert.Contains(id, auditText, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, auditText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_keep_the_chosen_secret_and_generate_different_ones_when_none_is_chosen()
    {
        using var admin = await _host.AdminAsync();

        var chosen = await HttpAssert.StatusAsync(HttpStatusCode.Created, await admin.PostAsJsonAsync("/api/webhooks", new { url = "https://receiver.example/chosen", events = new[] { "content.published" }, secret = "a-shared-secret-of-our-own" }));
        var first = await WebhookApi.RegisterAsync(admin, "https://receiver.example/generated-1", "content.published");
        var second = await WebhookApi.RegisterAsync(admin, "https://receiver.example/generated-2", "content.published");

        Assert.Equal("a-shared-secret-of-our-own", chosen.GetProperty("secret").GetString());
        Assert.NotEqual(first.GetProperty("secret").GetString(), second.GetProperty("secret").GetString());
    }

    [Fact]
    public async Task Should_forget_the_webhook_and_audit_it_when_deleted()
    {
        using var admin = await _host.AdminAsync();
        var id = (await WebhookApi.RegisterAsync(admin, "https://receiver.example/delete-test", "content.published")).GetProperty("id").GetString()!;

        var deleted = await admin.DeleteAsync($"/api/webhooks/{id}");
        var again = await admin.DeleteAsync($"/api/webhooks/{id}");
        var deliveries = await admin.GetAsync($"/api/webhooks/{id}/deliveries");

        await HttpAssert.StatusAsync(HttpStatusCode.NoContent, deleted);
        await HttpAssert.ProblemAsync(HttpStatusCode.NotFound, again, id);
        await HttpAssert.ProblemAsync(HttpStatusCode.NotFound, deliveries, id);
        Assert.DoesNotContain(await ListAsync(admin), w => w.GetProperty("id").GetString() == id);
        var audit = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync("/api/audit?action=webhook.deleted&actor=admin"));
        Assert.Contains(audit.EnumerateArray(), e => e.GetProperty("details").GetString()!.Contains(id, StringComparison.Ordinal));
    }

    private static async Task<JsonElement[]> ListAsync(HttpClient admin) =>
        (await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync("/api/webhooks"))).EnumerateArray().ToArray();
}
