using System.Text;

namespace TraumaBondCms.Web.Tests.Http;

/// <summary>
/// The hostile inputs sent by <see cref="HostileInputTests"/>: for every REST route, bodies that are malformed, mistyped,
/// oversized or not Unicode, hostile ids and query values; for <c>/api/graphql</c>, broken requests, documents and
/// variables. Ids name nothing that exists, so no input can delete or change real data by being accepted.
/// </summary>
public static class HostileInputs
{
    /// <summary>A JSON string escape of half a surrogate pair: valid JSON, not Unicode text.</summary>
    public const string LoneSurrogate = "\\ud800";

    /// <summary>Terminal colour codes and a right-to-left override.</summary>
    public const string ControlText = "\\u001b[31mred\\u001b[0m \\u202Etxt.exe \\u0000";

    private static readonly (string Template, string Path, string[] Members, Caller Caller)[] BodyRoutes =
    [
        ("POST /api/auth/token", "/api/auth/token", ["username", "password", "code"], Caller.Anonymous),
        ("POST /api/auth/login", "/api/auth/login", ["userName", "password", "code"], Caller.Anonymous),
        ("POST /api/auth/second-factor/enrol", "/api/auth/second-factor/enrol", ["password"], Caller.Editor),
        ("POST /api/auth/second-factor/confirm", "/api/auth/second-factor/confirm", ["code"], Caller.Editor),
        ("POST /api/auth/second-factor/recovery-codes", "/api/auth/second-factor/recovery-codes", ["password", "code"], Caller.Editor),
        ("POST /api/content/", "/api/content", ["contentType", "fields", "culture"], Caller.Admin),
        ("PUT /api/content/{id}", "/api/content/no-such-item", ["fields", "sourceVersionId"], Caller.Admin),
        ("PATCH /api/content/{id}", "/api/content/no-such-item", ["fields", "sourceVersionId"], Caller.Admin),
        ("POST /api/content/{id}/translations", "/api/content/no-such-item/translations", ["culture", "fields"], Caller.Admin),
        ("POST /api/content/{id}/unpublish", "/api/content/no-such-item/unpublish", ["reason"], Caller.Admin),
        ("POST /api/content/{id}/checks/run", "/api/content/no-such-item/checks/run", ["version"], Caller.Admin),
        ("POST /api/resources/{id}/verify", "/api/resources/no-such-resource/verify", ["note", "version", "password", "code"], Caller.Admin),
        ("POST /api/risk-rules/{scope}/approve", "/api/risk-rules/site/approve", ["proposalId", "password", "code", "comment"], Caller.Admin),
        ("POST /api/risk-rules/{scope}/reject", "/api/risk-rules/site/reject", ["proposalId", "password", "code", "comment"], Caller.Admin),
        ("POST /api/webhooks/", "/api/webhooks", ["url", "events", "description", "secret"], Caller.Admin),
        ("POST /api/users/", "/api/users", ["userName", "displayName", "password", "roles", "credential"], Caller.Admin),
        ("PUT /api/users/{userName}", "/api/users/no.such.user", ["displayName", "roles", "credential", "disabled"], Caller.Admin),
        ("PATCH /api/users/{userName}", "/api/users/no.such.user", ["displayName", "roles", "credential", "disabled"], Caller.Admin),
        ("POST /api/users/{userName}/password", "/api/users/no.such.user/password", ["password"], Caller.Admin),
        ("POST /api/content/{id}/workflow/{transition}", "/api/content/no-such-item/workflow/approve", ["version", "comment", "field", "reason", "overrideReason", "password", "code"], Caller.Admin),
        ("POST /api/content/{id}/schedules", "/api/content/no-such-item/schedules", ["action", "at", "version"], Caller.Admin),
        ("POST /api/content/{id}/comments", "/api/content/no-such-item/comments", ["body", "version", "field", "rangeStart", "parentId"], Caller.Admin),
        ("POST /api/content/{id}/restore", "/api/content/no-such-item/restore", ["version"], Caller.Admin),
        ("POST /api/preview-tokens/", "/api/preview-tokens", ["contentItemId", "expiresInHours", "label"], Caller.Admin),
        ("PATCH /api/media/{id}", "/api/media/no-such-asset", ["fileName", "alt", "tags", "focalPoint"], Caller.Admin),
        // Uploads are multipart: every JSON body is the wrong media type (see HostileMedia for hostile multipart bodies).
        ("POST /api/media/", "/api/media", ["file", "alt", "tags"], Caller.Admin),
        ("PUT /api/media/{id}/file", "/api/media/no-such-asset/file", ["file"], Caller.Admin),
        ("POST /api/credentials/{userName}/confirm", "/api/credentials/no.such.user/confirm", ["password", "code"], Caller.Admin),
    ];

    private static readonly (string Template, string Method, string Path)[] OtherRoutes =
    [
        ("GET /healthz", "GET", "/healthz"),
        ("GET /api/auth/me", "GET", "/api/auth/me"),
        ("GET /api/auth/second-factor/", "GET", "/api/auth/second-factor"),
        ("POST /api/users/{userName}/second-factor/reset", "POST", "/api/users/{0}/second-factor/reset"),
        ("GET /api/integrity", "GET", "/api/integrity"),
        ("POST /api/auth/logout", "POST", "/api/auth/logout"),
        ("POST /api/auth/logout-everywhere", "POST", "/api/auth/logout-everywhere"),
        ("GET /api/content/", "GET", "/api/content?type={0}&status={0}&q={0}&owner={0}&after={0}&culture={0}"),
        ("GET /api/content/{id}", "GET", "/api/content/{0}?version={0}&culture={0}"),
        ("GET /api/cultures", "GET", "/api/cultures"),
        ("GET /api/content/{id}/translations", "GET", "/api/content/{0}/translations?version={0}"),
        ("GET /api/content/{id}/source-change", "GET", "/api/content/{0}/source-change"),
        ("GET /api/content/{id}/versions", "GET", "/api/content/{0}/versions"),
        ("DELETE /api/content/{id}", "DELETE", "/api/content/{0}?reason={0}"),
        ("POST /api/content/{id}/publish", "POST", "/api/content/{0}/publish"),
        ("GET /api/content-types", "GET", "/api/content-types"),
        ("GET /api/content/{id}/checks/", "GET", "/api/content/{0}/checks?version={0}"),
        ("GET /api/resources/verification-overdue", "GET", "/api/resources/verification-overdue"),
        ("GET /api/risk-rules/", "GET", "/api/risk-rules"),
        ("GET /api/resources/verification-status", "GET", "/api/resources/verification-status"),
        ("GET /api/resources/{id}/verifications", "GET", "/api/resources/{0}/verifications"),
        ("GET /api/crisis-resources", "GET", "/api/crisis-resources?region={0}"),
        ("GET /api/search/", "GET", "/api/search?q={0}&type={0}&topic={0}&after={0}&scope={0}"),
        ("GET /api/search/zero-results", "GET", "/api/search/zero-results"),
        ("GET /api/webhooks/", "GET", "/api/webhooks"),
        ("DELETE /api/webhooks/{id}", "DELETE", "/api/webhooks/{0}"),
        ("GET /api/webhooks/{id}/deliveries", "GET", "/api/webhooks/{0}/deliveries?first={0}"),
        ("GET /api/users/", "GET", "/api/users"),
        ("POST /api/users/{userName}/sign-out", "POST", "/api/users/{0}/sign-out"),
        ("GET /api/credentials/unconfirmed", "GET", "/api/credentials/unconfirmed"),
        ("GET /api/content/{id}/workflow", "GET", "/api/content/{0}/workflow"),
        ("GET /api/content/{id}/approvals", "GET", "/api/content/{0}/approvals"),
        ("GET /api/content/{id}/schedules", "GET", "/api/content/{0}/schedules"),
        ("DELETE /api/content/{id}/schedules/{scheduleId}", "DELETE", "/api/content/{0}/schedules/{0}"),
        ("GET /api/content/{id}/comments", "GET", "/api/content/{0}/comments?version={0}"),
        ("POST /api/content/{id}/comments/{commentId}/resolve", "POST", "/api/content/{0}/comments/{0}/resolve"),
        ("GET /api/content/{id}/diff", "GET", "/api/content/{0}/diff?from={0}&to={0}"),
        ("GET /api/content/{id}/diff/since-approved", "GET", "/api/content/{0}/diff/since-approved"),
        ("GET /api/content/{id}/diff/since-published", "GET", "/api/content/{0}/diff/since-published"),
        ("GET /api/reviews/queue", "GET", "/api/reviews/queue?type={0}&first={0}&after={0}"),
        ("GET /api/reviews/overdue", "GET", "/api/reviews/overdue"),
        ("GET /api/reviews/follow-up", "GET", "/api/reviews/follow-up"),
        ("GET /api/audit", "GET", "/api/audit?item={0}&actor={0}&action={0}&from={0}&to={0}&before={0}&limit={0}"),
        ("GET /api/preview-tokens/", "GET", "/api/preview-tokens?all={0}"),
        ("DELETE /api/preview-tokens/{tokenId}", "DELETE", "/api/preview-tokens/{0}"),
        ("GET /api/media/", "GET", "/api/media?q={0}&tag={0}&kind={0}&first={0}&after={0}"),
        ("GET /api/media/{id}", "GET", "/api/media/{0}"),
        ("DELETE /api/media/{id}", "DELETE", "/api/media/{0}?reason={0}"),
    ];

    // Hostile ids and query values, already URL-encoded: nothing here names a real item, user or token. Kestrel itself
    // refuses a NUL in the path and a request line over 8 KB (a bare 400 or 414, before the application): NUL goes in query
    // strings only (see Named), and the long value keeps the line under the limit.
    private static readonly string[] HostileValues =
    [
        "-1", "1000000", "abc", "..%2F..%2Fetc%2Fpasswd", "%27%3B%20DROP%20TABLE%20users%3B--", "%E2%80%AE", "%1B%5B31m", "%C3%28",
        "%F0%9F%92%A9", new string('x', 1000), "%7B%22%24gt%22%3A%22%22%7D", "0x7fffffffffffffff", "%20", "NaN",
    ];

    /// <summary>Every hostile input, REST and GraphQL.</summary>
    public static IEnumerable<HostileInput> All() => BodyInputs().Concat(PathAndQueryInputs()).Concat(HostileGraphQL.All()).Concat(HostileMedia.All()).Concat(Named());

    /// <summary>Route keys as the server maps them (<c>METHOD /template</c>), every one of which <see cref="All"/> aims at.</summary>
    public static IEnumerable<string> Routes() =>
        BodyRoutes.Select(r => r.Template).Concat(OtherRoutes.Select(r => r.Template)).Append(HostileGraphQL.Route);

    private static IEnumerable<HostileInput> BodyInputs()
    {
        foreach (var (template, path, members, caller) in BodyRoutes)
        {
            var method = template[..template.IndexOf(' ', StringComparison.Ordinal)];
            HostileInput Send(string json, Caller? who = null) => new(template, who ?? caller, method, path, HostileInput.Json(json));
            foreach (var member in members)
            {
                foreach (var value in new[] { $"\"{LoneSurrogate}\"", $"\"{ControlText}\"", "12345", "[\"x\", 1]", "{\"$gt\": \"\"}", "true", $"\"{new string('x', 300_000)}\"" })
                {
                    yield return Send($"{{\"{member}\": {value}}}");
                }

                yield return new(template, caller, method, path, [.. Encoding.UTF8.GetBytes($"{{\"{member}\": \""), 0xFF, 0xFE, 0xED, 0xA0, 0x80, .. "\"}"u8]);
            }

            var generic = new[]
            {
                "{", "", "null", "[]", "42", "\"text\"", "{\"__proto__\": {\"admin\": true}, \"unknownMember\": 1}", $"{{\"{LoneSurrogate}\": 1}}",
                new string('[', 5000) + new string(']', 5000), "{\"a\": 1, \"a\": 2}",
            };
            foreach (var json in generic)
            {
                yield return Send(json);
                if (caller != Caller.Anonymous)
                {
                    yield return Send(json, Caller.Anonymous);
                    yield return Send(json, Caller.Editor);
                }
            }

            yield return new(template, caller, method, path, HostileInput.Json("{}"), "text/plain");
            yield return new(template, caller, method, path, HostileInput.Json("userName=admin&password=x"), "application/x-www-form-urlencoded");
        }
    }

    private static IEnumerable<HostileInput> PathAndQueryInputs()
    {
        foreach (var (template, method, path) in OtherRoutes)
        {
            var values = path.Contains("{0}", StringComparison.Ordinal) ? HostileValues : ["none"];
            foreach (var value in values)
            {
                foreach (var caller in value == values[0] ? [Caller.Anonymous, Caller.Editor, Caller.Admin] : new[] { Caller.Anonymous, Caller.Admin })
                {
                    // Signing out is what these routes do: only anonymous callers (for whom it changes nothing) send them.
                    if (template.Contains("logout", StringComparison.Ordinal) && caller != Caller.Anonymous)
                    {
                        continue;
                    }

                    yield return new(template, caller, method, string.Format(System.Globalization.CultureInfo.InvariantCulture, path, value));
                }
            }
        }
    }

    // The inputs the security review named, each as it was found.
    private static IEnumerable<HostileInput> Named()
    {
        yield return new("PUT /api/users/{userName}", Caller.Admin, "PUT", "/api/users/admin", HostileInput.Json("{}"));
        yield return new("POST /api/auth/token", Caller.Anonymous, "POST", "/api/auth/token", HostileInput.Json($"{{\"username\": \"{LoneSurrogate}\", \"password\": \"x\"}}"));
        yield return new("POST /api/auth/token", Caller.Anonymous, "POST", "/api/auth/token", HostileInput.Json("{\"username\": \"\\u001b[31madmin\\u001b[0m\", \"password\": \"x\"}"));
        yield return new("POST /api/auth/token", Caller.Anonymous, "POST", "/api/auth/token", HostileInput.Json("{\"username\": \"\\u202Enimda\", \"password\": \"x\"}"));
        yield return new("POST /api/users/", Caller.Admin, "POST", "/api/users", HostileInput.Json("{\"userName\": \"weak.one\", \"password\": \"password12\", \"roles\": [\"Editor\"]}"));
        yield return new("POST /api/users/", Caller.Admin, "POST", "/api/users", HostileInput.Json("{\"userName\": \"weak.two\", \"password\": \"1234567890\", \"roles\": [\"Editor\"]}"));
        yield return new("POST /api/content/{id}/workflow/{transition}", Caller.Admin, "POST", "/api/content/faq-what-is-a-safety-plan/workflow/unpublish", HostileInput.Json($"{{\"reason\": \"{new string('r', 300_000)}\"}}"));
        yield return new("GET /api/reviews/queue", Caller.Admin, "GET", "/api/reviews/queue?first=-1");
        yield return new("GET /api/reviews/queue", Caller.Admin, "GET", "/api/reviews/queue?first=1000000");
        yield return new("GET /api/content/{id}/approvals", Caller.Admin, "GET", "/api/content/no-such-item/approvals");
        yield return new("GET /api/content/", Caller.Admin, "GET", "/api/content?q=%00&owner=%00&type=%00");
        yield return new("GET /api/search/", Caller.Anonymous, "GET", "/api/search?q=%00%1B%E2%80%AE");
        yield return new("GET /api/audit", Caller.Admin, "GET", "/api/audit?actor=%00&action=%00&item=%00");
        yield return new("GET /api/crisis-resources", Caller.Anonymous, "GET", "/api/crisis-resources?region=%00");
        yield return new("POST /api/content/", Caller.Admin, "POST", "/api/content", HostileInput.Json("{\"contentType\": \"Article\", \"fields\": {\"title\": \"Huge\", \"body\": \"" + new string('x', 3 * 1024 * 1024) + "\"}}"));
    }
}
