using System.Net.Http.Json;
using Microsoft.Playwright;
using TraumaBondCms.Web.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TraumaBondCms.Web.Tests.Admin;

/// <summary>
/// A translation through the admin UI in a real browser: an editor translates a published English FAQ into Spanish from the
/// item's Translations tab, rewrites it beside its source, and submits it; a reviewer who lists English only is offered no
/// Approve button and is refused a forged one; a reviewer who lists Spanish finds it in her Spanish review card, reviews
/// it beside its source and signs; the editor publishes; readers asking for es-US get it. Then the English source changes:
/// the translation shows "Source changed" with the diff, stays live, and is brought up to date beside the source.
/// </summary>
[Collection(AdminBrowserCollection.Name)]
public sealed class AdminTranslationJourneyTests(AdminBrowserFixture fixture, ITestOutputHelper output)
{
    private const string SpanishReviewer = "dra.soto";

    [Fact]
    public async Task Should_publish_a_spanish_translation_when_it_is_translated_edited_beside_its_source_reviewed_and_published_in_the_browser()
    {
        // Letters only: a run id of six digits beside "hotline" reads as a short code no resource verifies, and the
        // helpline check rightly blocks the source from review.
        var run = string.Concat(Guid.NewGuid().ToString("N")[..6].Select(c => (char)('g' + Convert.ToInt32(c.ToString(), 16))));
        var source = await PublishedFaqAsync($"Can I call the hotline for a friend? {run}", "Yes. Advocates also talk with friends and family who are worried about someone.");
        await fixture.CreateUserAsync(SpanishReviewer + run, ["ClinicalReviewer"], new { title = "LMFT", licenseNumber = "MFT-" + run, issuer = "California BBS", expiresOn = "2031-12-31", languages = new[] { "es", "en" } });
        var editor = await fixture.NewPageAsync();
        var english = await fixture.NewPageAsync();
        var spanish = await fixture.NewPageAsync();

        // The editor translates from the Translations tab and lands in the new draft, its source beside the form.
        await AdminBrowserFixture.SignInAsync(editor, AdminBrowserFixture.Editor);
        await editor.GotoAsync($"/admin/items/{source}/translations");
        await Expect(editor.GetByTestId("culture")).ToContainTextAsync("en-US");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Translate into Español (Estados Unidos)" }).ClickAsync();
        await editor.WaitForURLAsync(AdminSite.ItemUrl());
        var id = AdminSite.ItemUrl().Match(editor.Url).Groups[1].Value;
        await Expect(editor.GetByTestId("culture")).ToContainTextAsync("es-US");
        await Expect(editor.GetByTestId("side-by-side")).ToBeVisibleAsync();
        await Expect(editor.GetByTestId("source")).ToContainTextAsync("Can I call the hotline for a friend?");
        await editor.Locator("#field-question").FillAsync($"¿Puedo llamar a la línea por una amiga? {run}");
        await editor.Locator("#field-slug").FillAsync($"puedo-llamar-por-una-amiga-{run}");
        await editor.Locator("#field-answer").FillAsync("Sí. Las defensoras también hablan con familiares y amistades que están preocupados por alguien.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved as version 2");
        Log(await AdminBrowserFixture.ScreenshotAsync(editor, "translation-side-by-side"));
        await editor.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Expect(editor.GetByTestId("status")).ToHaveTextAsync("In review");

        // A reviewer who lists English only is told why there is no Approve button, and a forged approval is refused.
        await AdminBrowserFixture.SignInAsync(english, AdminBrowserFixture.Reviewer);
        await english.GotoAsync($"/admin/items/{id}/review");
        await Expect(english.Locator("form[data-transition=approve]")).ToHaveCountAsync(0);
        await Expect(english.GetByTestId("refusals")).ToContainTextAsync("written in es-US");
        var forged = english.Context.APIRequest.CreateFormData();
        forged.Set("__RequestVerificationToken", await english.Locator("input[name=__RequestVerificationToken]").First.InputValueAsync());
        forged.Set("version", (await fixture.LatestAsync(id)).GetProperty("contentItemVersionId").GetString()!);
        forged.Set("password", AdminBrowserFixture.Reviewer + AdminBrowserFixture.PasswordSuffix);
        var refused = await english.Context.APIRequest.PostAsync($"/admin/items/{id}/transition/approve", new() { Form = forged, MaxRedirects = 0 });
        Assert.Equal(302, refused.Status);
        Assert.Equal("InReview", (await fixture.LatestAsync(id)).GetProperty("status").GetString());

        // The Spanish-speaking reviewer finds it in her Spanish card and signs it beside its source.
        await AdminBrowserFixture.SignInAsync(spanish, SpanishReviewer + run);
        var card = spanish.GetByTestId("review-queue-es-US");
        await Expect(card).ToContainTextAsync("¿Puedo llamar a la línea por una amiga?");
        await card.GetByRole(AriaRole.Link, new() { Name = $"¿Puedo llamar a la línea por una amiga? {run}" }).ClickAsync();
        await spanish.WaitForURLAsync($"**/admin/items/{id}/review");
        await Expect(spanish.GetByTestId("source")).ToContainTextAsync("Advocates also talk with friends and family");
        await Expect(spanish.GetByTestId("preview")).ToContainTextAsync("Las defensoras también hablan");
        Log(await AdminBrowserFixture.ScreenshotAsync(spanish, "translation-review"));
        await spanish.Locator("#transition-approve-password").FillAsync(SpanishReviewer + run + AdminBrowserFixture.PasswordSuffix);
        var overrideReason = spanish.Locator("#transition-approve-overrideReason");
        if (await overrideReason.CountAsync() > 0)
        {
            await overrideReason.FillAsync("Short answer; read in full.");
        }

        await spanish.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Expect(spanish.GetByTestId("status")).ToHaveTextAsync("Approved");

        // The editor publishes; readers in es-US get the Spanish FAQ, readers in English the English one.
        await editor.GotoAsync($"/admin/items/{id}/publishing");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Expect(editor.GetByTestId("status")).ToHaveTextAsync("Published");
        using var reader = fixture.Host.Anonymous();
        var served = await reader.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/content/{source}?culture=es-US");
        Assert.Equal((id, "es-US"), (served.GetProperty("contentItemId").GetString(), served.GetProperty("culture").GetString()));

        // The English source changes: the translation shows it, stays live, and is brought up to date beside the source.
        await EditAndPublishSourceAsync(source, $"Can I call the hotline for a friend? {run}", "Yes. Advocates also talk with friends and family, and can help you plan how to support them.");
        await editor.GotoAsync($"/admin/items/{id}");
        await Expect(editor.GetByTestId("source-changed")).ToBeVisibleAsync();
        await Expect(editor.GetByTestId("source-changed-notice")).ToBeVisibleAsync();
        await Expect(editor.Locator("#source-diff-section ins")).ToContainTextAsync(["help you plan how to support them"]);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await reader.GetAsync($"/api/content/{id}")).StatusCode);
        await editor.Locator("#field-answer").FillAsync("Sí. Las defensoras también hablan con familiares y amistades, y pueden ayudarte a planear cómo apoyarlas.");
        await editor.GetByTestId("follows-source").CheckAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved as version 3");
        await Expect(editor.GetByTestId("source-changed-notice")).ToHaveCountAsync(0);
        Log(await AdminBrowserFixture.ScreenshotAsync(editor, "translation-source-changed"));
        foreach (var page in new[] { editor, english, spanish })
        {
            await page.Context.CloseAsync();
        }
    }

    private async Task<string> PublishedFaqAsync(string question, string answer)
    {
        using var api = await fixture.ApiAsync(AdminBrowserFixture.Editor);
        var created = await HttpAssert.StatusAsync(System.Net.HttpStatusCode.Created, await api.PostAsJsonAsync("/api/content", new NewContent("Faq", new { question, answer })));
        var id = created.GetProperty("contentItemId").GetString()!;
        await fixture.Host.PublishThroughReviewAsync(api, id);
        return id;
    }

    private async Task EditAndPublishSourceAsync(string id, string question, string answer)
    {
        using var api = await fixture.ApiAsync(AdminBrowserFixture.Editor);
        await Workflow.ReviewTeam.EditAsync(api, id, new { question, answer });
        await fixture.Host.PublishThroughReviewAsync(api, id);
    }

    private void Log(string path) => output.WriteLine($"screenshot: {path}");
}
