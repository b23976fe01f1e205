using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TraumaBondCms.Web.Tests.Infrastructure;
using TraumaBondCms.Web.Tests.Workflow;

namespace TraumaBondCms.Web.Tests.Localization;

/// <summary>
/// Each translation has its own workflow and its own clinical signature, over the REST API: a reviewer signs only in a
/// language their profile lists; a source change flags the translation for re-review (it stays live) with the diff of the
/// source; an emergency unpublish of the source takes its translations down with it. Run on each storage engine
/// (<see cref="SqliteTranslationWorkflowTests"/>, <see cref="PostgresTranslationWorkflowTests"/>).
/// </summary>
public abstract class TranslationWorkflowTests<TSite>(TSite site) : IClassFixture<TSite>
    where TSite : LocalizedSite
{
    private const string Answer = "Plan where you will go, what you will take and who you can call, and keep the plan where the other person cannot find it.";
    private const string Respuesta = "Planifica adónde irás, qué llevarás y a quién puedes llamar, y guarda el plan donde la otra persona no pueda encontrarlo.";

    [Fact]
    public async Task Should_publish_a_translation_signed_by_a_reviewer_who_lists_spanish_and_refuse_one_who_does_not()
    {
        var source = await site.PublishedFaqAsync("How do I make a safety plan?", Answer);
        var translation = await site.TranslationAsync(source, "es-US", new { question = "¿Cómo hago un plan de seguridad?", answer = Respuesta });
        await ReviewTeam.MustAsync(site.Editor, translation, "submit");

        var refused = await ReviewTeam.TransitionAsync(site.EnglishReviewer, translation, "approve", new { version = await ReviewTeam.LatestVersionIdAsync(site.Editor, translation), password = LocalizedSite.EnglishReviewerName + ReviewTeam.PasswordSuffix, overrideReason = "read" });
        await LocalizedSite.Approve(site.SpanishReviewer, LocalizedSite.SpanishReviewerName, translation);
        await ReviewTeam.MustAsync(site.Editor, translation, "publish");

        var problem = await HttpAssert.ProblemAsync(HttpStatusCode.Forbidden, refused);
        Assert.Contains("ReviewLanguage", problem.ToString(), StringComparison.Ordinal);
        Assert.Contains("es-US", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var published = await HttpAssert.StatusAsync(HttpStatusCode.OK, await site.Reader.GetAsync($"/api/content/{translation}"));
        Assert.Equal(("es-US", source, source), (published.GetProperty("culture").GetString(), published.GetProperty("translationOf").GetString(), published.GetProperty("localizationSet").GetString()));
        var review = published.GetProperty("review");
        Assert.Equal((true, "dra.reyes"), (review.GetProperty("clinicallyReviewed").GetBoolean(), review.GetProperty("reviewer").GetString()));
        var english = await HttpAssert.StatusAsync(HttpStatusCode.OK, await site.Reader.GetAsync($"/api/content/{source}"));
        Assert.Equal(CmsTestHost.HarnessReviewerName, english.GetProperty("review").GetProperty("reviewer").GetString());
    }

    [Fact]
    public async Task Should_need_a_second_administrator_again_when_a_reviewers_languages_change()
    {
        var name = "dr.cambio." + Guid.NewGuid().ToString("N")[..6];
        using var reviewer = await site.Host.CreateUserAsync(name, "ClinicalReviewer", ReviewTeam.Credential("LCSW", "LCS-" + name, 2031));
        var source = await site.PublishedFaqAsync($"Is help free? {name}", Answer);
        var translation = await site.TranslationAsync(source, "es-US", new { question = $"¿La ayuda es gratuita? {name}", answer = Respuesta });
        await ReviewTeam.MustAsync(site.Editor, translation, "submit");
        using var admin = await site.Host.AdminAsync();

        var changed = await admin.PatchAsJsonAsync($"/api/users/{name}", new { credential = new { title = "LCSW", licenseNumber = "LCS-" + name, issuer = "State Board of Behavioral Sciences", expiresOn = "2031-12-31", languages = new[] { "en", "es" } } });
        var unconfirmed = await ReviewTeam.TransitionAsync(reviewer, translation, "approve", new { version = await ReviewTeam.LatestVersionIdAsync(reviewer, translation), password = name + ReviewTeam.PasswordSuffix, overrideReason = "read" });
        await site.Host.ConfirmCredentialAsync(name);
        await LocalizedSite.Approve(reviewer, name, translation);

        var user = await HttpAssert.StatusAsync(HttpStatusCode.OK, changed);
        Assert.Equal(["en", "es"], user.GetProperty("credential").GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        var problem = await HttpAssert.ProblemAsync(HttpStatusCode.Forbidden, unconfirmed);
        Assert.Contains("CredentialConfirmation", problem.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("ReviewLanguage", problem.ToString(), StringComparison.Ordinal);
        Assert.Equal("Approved", (await HttpAssert.StatusAsync(HttpStatusCode.OK, await site.Editor.GetAsync($"/api/content/{translation}?version=latest"))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Should_serve_the_readers_culture_and_fall_back_along_the_chain_when_a_culture_is_missing_or_not_listed()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var translated = await site.PublishedFaqAsync($"Is it abuse if he never hits me? {run}", Answer);
        var englishOnly = await site.PublishedFaqAsync($"Why do I keep going back? {run}", Answer);
        var spanish = await site.TranslationAsync(translated, "es-US", new { question = $"¿Es abuso si nunca me pega? {run}", answer = Respuesta });
        await site.ReviewAndPublishAsync(spanish, site.SpanishReviewer, LocalizedSite.SpanishReviewerName);

        var inSpanish = await ListAsync($"/api/content?type=Faq&q={run}&culture=es-US");
        var inMexicanSpanish = await ListAsync($"/api/content?type=Faq&q={run}&culture=es-MX");
        var unlisted = await ListAsync($"/api/content?type=Faq&q={run}&culture=fr-FR");
        var byHeader = await ListAsync($"/api/content?type=Faq&q={run}", "es-419,es;q=0.9,en;q=0.5");
        var byId = await site.Reader.SendAsync(Get($"/api/content/{translated}?culture=es-MX"));
        var bad = await site.Reader.GetAsync($"/api/content?type=Faq&culture=not_a-culture!");

        Assert.Equal(new[] { (englishOnly, "en-US"), (spanish, "es-US") }.Order(), inSpanish.Order());
        Assert.Equal(inSpanish.Order(), inMexicanSpanish.Order());
        Assert.Equal(new[] { (englishOnly, "en-US"), (translated, "en-US") }.Order(), unlisted.Order());
        Assert.Equal(inSpanish.Order(), byHeader.Order());
        var served = await HttpAssert.StatusAsync(HttpStatusCode.OK, byId);
        Assert.Equal((spanish, "es-US"), (served.GetProperty("contentItemId").GetString(), byId.Content.Headers.ContentLanguage.Single()));
        await HttpAssert.ProblemAsync(HttpStatusCode.BadRequest, bad, "culture");
    }

    [Fact]
    public async Task Should_flag_the_translation_for_re_review_with_the_source_diff_and_keep_it_live_when_the_source_changes()
    {
        var source = await site.PublishedFaqAsync("What should a safety plan include?", Answer);
        var translation = await site.TranslationAsync(source, "es-US", new { question = "¿Qué debe incluir un plan de seguridad?", answer = Respuesta });
        await site.ReviewAndPublishAsync(translation, site.SpanishReviewer, LocalizedSite.SpanishReviewerName);
        using var admin = await site.Host.AdminAsync();

        await ReviewTeam.EditAsync(site.Editor, source, new { question = "What should a safety plan include?", answer = Answer + " Keep a charged phone with you." });
        await site.Host.PublishThroughReviewAsync(site.Editor, source);

        var latest = await HttpAssert.StatusAsync(HttpStatusCode.OK, await site.Editor.GetAsync($"/api/content/{translation}?version=latest"));
        var change = await HttpAssert.StatusAsync(HttpStatusCode.OK, await site.Editor.GetAsync($"/api/content/{translation}/source-change"));
        var queue = await HttpAssert.StatusAsync(HttpStatusCode.OK, await site.EnglishReviewer.GetAsync("/api/reviews/overdue"));
        var audit = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync($"/api/audit?item={translation}&action=translation.source_changed"));
        Assert.NotEqual(JsonValueKind.Null, latest.GetProperty("sourceChangedUtc").ValueKind);
        Assert.True(change.GetProperty("sourceChanged").GetBoolean());
        Assert.Equal((1, 2), (change.GetProperty("sourceVersion").GetInt32(), change.GetProperty("currentSourceVersion").GetInt32()));
        var answerDiff = change.GetProperty("diff").GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("field").GetString() == "answer");
        Assert.Contains("Keep a charged phone with you.", answerDiff.GetProperty("html").GetString(), StringComparison.Ordinal);
        var queued = queue.EnumerateArray().Single(i => i.GetProperty("contentItemId").GetString() == translation);
        Assert.Equal(("SourceChanged", "es-US"), (queued.GetProperty("reason").GetString(), queued.GetProperty("culture").GetString()));
        Assert.Single(audit.EnumerateArray());
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await site.Reader.GetAsync($"/api/content/{translation}"));

        // Brought up to date with the source's new version, signed again and published: off the list.
        var current = change.GetProperty("currentSourceVersionId").GetString();
        await EditTranslationAsync(translation, new { question = "¿Qué debe incluir un plan de seguridad?", answer = Respuesta + " Lleva contigo un teléfono cargado." }, current!);
        await site.ReviewAndPublishAsync(translation, site.SpanishReviewer, LocalizedSite.SpanishReviewerName);
        var after = await HttpAssert.StatusAsync(HttpStatusCode.OK, await site.EnglishReviewer.GetAsync("/api/reviews/overdue"));
        var upToDate = await HttpAssert.StatusAsync(HttpStatusCode.OK, await site.Editor.GetAsync($"/api/content/{translation}/source-change"));
        Assert.DoesNotContain(after.EnumerateArray(), i => i.GetProperty("contentItemId").GetString() == translation);
        Assert.False(upToDate.GetProperty("sourceChanged").GetBoolean());
        Assert.False(upToDate.TryGetProperty("flaggedUtc", out var flagged) && flagged.ValueKind != JsonValueKind.Null, upToDate.ToString());
    }

    [Fact]
    public async Task Should_take_the_translations_down_with_their_source_when_it_is_emergency_unpublished()
    {
        var source = await site.PublishedFaqAsync("Who can I call tonight?", "Call the hotline at 1-800-799-7233, any hour.");
        var translation = await site.TranslationAsync(source, "es-US", new { question = "¿A quién puedo llamar esta noche?", answer = "Llama a la línea al 1-800-799-7233, a cualquier hora." });
        await site.ReviewAndPublishAsync(translation, site.SpanishReviewer, LocalizedSite.SpanishReviewerName);

        await ReviewTeam.MustAsync(site.EnglishReviewer, source, "emergencyUnpublish", new { reason = "The number routes to the wrong service." });

        Assert.Equal(HttpStatusCode.NotFound, (await site.Reader.GetAsync($"/api/content/{translation}")).StatusCode);
        var followUps = await HttpAssert.StatusAsync(HttpStatusCode.OK, await site.Editor.GetAsync("/api/reviews/follow-up"));
        Assert.Contains(followUps.EnumerateArray(), f => f.GetProperty("contentItemId").GetString() == translation && f.GetProperty("reason").GetString()!.Contains("wrong service", StringComparison.Ordinal));
        var republish = await ReviewTeam.TransitionAsync(site.Editor, translation, "publish");
        Assert.Contains("FollowUpOpen", await republish.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_second_translation_into_a_culture_and_a_culture_the_site_has_not_enabled()
    {
        var source = await site.PublishedFaqAsync("Can I stay friends with my ex?", Answer);
        var first = await site.TranslationAsync(source, "es-US", new { question = "¿Puedo seguir siendo amiga de mi ex?", answer = Respuesta });

        var second = await site.TranslateAsync(source, "es-us");
        var french = await site.TranslateAsync(source, "fr-FR");

        var conflict = await HttpAssert.ProblemAsync(HttpStatusCode.Conflict, second, "culture");
        Assert.Equal(first, conflict.GetProperty("existingContentItemId").GetString());
        await HttpAssert.ProblemAsync(HttpStatusCode.BadRequest, french, "culture");
        var set = await HttpAssert.StatusAsync(HttpStatusCode.OK, await site.Editor.GetAsync($"/api/content/{source}/translations?version=latest"));
        Assert.Equal(["en-US", "es-US"], set.EnumerateArray().Select(m => m.GetProperty("culture").GetString()));
    }

    private async Task<(string Id, string Culture)[]> ListAsync(string path, string? acceptLanguage = null)
    {
        using var request = Get(path);
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        var list = await HttpAssert.StatusAsync(HttpStatusCode.OK, await site.Reader.SendAsync(request));
        return [.. list.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("contentItemId").GetString()!, i.GetProperty("culture").GetString()!))];
    }

    private async Task EditTranslationAsync(string id, object fields, string sourceVersionId)
    {
        var latest = await HttpAssert.StatusAsync(HttpStatusCode.OK, await site.Editor.GetAsync($"/api/content/{id}?version=latest"));
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/content/{id}") { Content = System.Net.Http.Json.JsonContent.Create(new { fields, sourceVersionId }) };
        request.Headers.IfMatch.Add(System.Net.Http.Headers.EntityTagHeaderValue.Parse(latest.GetProperty("eTag").GetString()!));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await site.Editor.SendAsync(request));
    }

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);
}
