using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TraumaBondCms.Web.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TraumaBondCms.Web.Tests.Admin;

/// <summary>
/// An editor's and a clinical reviewer's day in the browser, each in their own session: a draft with a mistyped hotline
/// number is told where it is wrong on save and fixed, submitted, commented on and sent back, fixed again and resubmitted,
/// compared with what was sent back, signed, published from the dashboard's ready-to-publish card, read by the public API,
/// then taken down in an emergency. No ordinary step opens a browser dialog; the emergency unpublish opens exactly one,
/// which says what it does. The item's review history then tells every step in order, with the signature's manifestation.
/// </summary>
[Collection(AdminBrowserCollection.Name)]
public sealed partial class AdminClinicianDayTests(AdminBrowserFixture fixture, ITestOutputHelper output)
{
    private const string Title = "When you need to talk to someone";

    [Fact]
    public async Task Should_tell_the_whole_review_in_order_and_ask_only_before_the_emergency_unpublish_when_an_editor_and_a_reviewer_work_an_article()
    {
        var dialogs = new List<string>();
        var editor = await fixture.NewPageAsync();
        var reviewer = await fixture.NewPageAsync();
        editor.Dialog += (_, d) => dialogs.Add($"{d.Type}: {d.Message}");
        reviewer.Dialog += (_, d) => dialogs.Add($"{d.Type}: {d.Message}");

        // The editor drafts with a mistyped hotline number: the save works, and the finding is beside the body, with the fix.
        await AdminBrowserFixture.SignInAsync(editor, AdminBrowserFixture.Editor);
        await editor.GotoAsync("/admin/content/Article/new");
        await editor.Locator("#field-title").FillAsync(Title);
        await editor.Locator("#field-summary").FillAsync("Who to call when things feel too much.");
        await editor.Locator("#field-body").FillAsync("If you need to talk to someone, call the hotline on 1-800-799-7223 any time.");
        await editor.GetByLabel("Trauma bonding", new() { Exact = true }).CheckAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Create draft" }).ClickAsync();
        await editor.WaitForURLAsync(AdminSite.ItemUrl());
        var id = AdminSite.ItemUrl().Match(editor.Url).Groups[1].Value;
        await Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("found 1 problem to fix before it can be submitted");
        await Expect(editor.Locator("#wrap-body [data-testid=finding]")).ToContainTextAsync("use 1-800-799-7233 (the text has 1-800-799-7223)");
        await Expect(editor.Locator("[data-testid=finding]")).ToHaveCountAsync(1);
        await Expect(editor.GetByTestId("findings-summary")).ToBeFocusedAsync();
        Log(await AdminBrowserFixture.ScreenshotAsync(editor, "day-1-findings-on-save"));

        await editor.Locator("#field-body").FillAsync("If you need to talk to someone, call the hotline on 1-800-799-7233 any time.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(editor.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved as version 2.");
        await Expect(editor.Locator("[data-testid=finding]")).ToHaveCountAsync(0);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Expect(editor.GetByTestId("status")).ToHaveTextAsync("In review");

        // The reviewer comments on the summary and sends the body back.
        await AdminBrowserFixture.SignInAsync(reviewer, AdminBrowserFixture.Reviewer);
        await reviewer.Locator("section[aria-labelledby=review-queue]").GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await reviewer.Locator("#comment-body").FillAsync("The summary could say who this is for.");
        await reviewer.Locator("#comment-field").SelectOptionAsync("summary");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Add comment" }).ClickAsync();
        await Expect(reviewer.GetByRole(AriaRole.Status)).ToHaveTextAsync("Comment added.");
        await reviewer.Locator("#transition-requestChanges-comment").FillAsync("Please say the hotline is free and open day and night.");
        await reviewer.Locator("#transition-requestChanges-field").SelectOptionAsync("body");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Request changes" }).ClickAsync();
        await Expect(reviewer.GetByTestId("status")).ToHaveTextAsync("Changes requested");

        // The editor is told what to do next, settles the summary comment, fixes the body and submits again.
        await editor.GotoAsync("/admin");
        await editor.Locator("section[aria-labelledby=changes-requested]").GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await Expect(editor.GetByTestId("next-step")).ToContainTextAsync("Edit the item and save");
        await Expect(editor.GetByTestId("next-step")).ToContainTextAsync("“Submit for review” again");
        Log(await AdminBrowserFixture.ScreenshotAsync(editor, "day-2-changes-requested"));
        await editor.GetByTestId("open-comments").Locator("article", new() { HasText = "who this is for" }).GetByRole(AriaRole.Button, new() { Name = "Mark resolved" }).ClickAsync();
        await Expect(editor.GetByRole(AriaRole.Status)).ToHaveTextAsync("Comment resolved.");
        await editor.GotoAsync($"/admin/items/{id}");
        await editor.Locator("#field-body").FillAsync("If you need to talk to someone, call the hotline on 1-800-799-7233 any time. It is free and open day and night.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(editor.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved as version 3.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Expect(editor.GetByTestId("status")).ToHaveTextAsync("In review");

        // The reviewer sees what changed since sending it back, and signs.
        await reviewer.GotoAsync($"/admin/items/{id}/review");
        await Expect(reviewer.Locator("#since-sent-back")).ToContainTextAsync("Changes since you sent it back (version 2");
        await Expect(reviewer.Locator("#since-sent-back-section ins")).ToContainTextAsync(["free and open day and night"]);
        Log(await AdminBrowserFixture.ScreenshotAsync(reviewer, "day-3-review-since-sent-back"));
        await reviewer.Locator("#transition-approve-password").FillAsync(AdminBrowserFixture.Reviewer + AdminBrowserFixture.PasswordSuffix);
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Expect(reviewer.GetByTestId("status")).ToHaveTextAsync("Approved");

        // The editor publishes from the dashboard's card; readers get it.
        await editor.GotoAsync("/admin");
        var ready = editor.GetByTestId("ready-to-publish");
        await Expect(ready).ToContainTextAsync(Title);
        Log(await AdminBrowserFixture.ScreenshotAsync(editor, "day-4-ready-to-publish"));
        await ready.GetByRole(AriaRole.Button, new() { Name = $"Publish now: “{Title}”" }).ClickAsync();
        await Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("version 3 is now published");
        await Expect(editor.GetByTestId("ready-to-publish")).Not.ToContainTextAsync(Title);
        Assert.Equal(Title, await PublicContentApi.PublishedTitleAsync(fixture.Host, id));
        Assert.Empty(dialogs);

        // The one question of the day: the emergency unpublish (a clinician's or an administrator's step) says what it does
        // before it does it.
        await reviewer.GotoAsync($"/admin/items/{id}/publishing");
        await reviewer.Locator("#transition-emergencyUnpublish-reason").FillAsync("The hotline's hours must be checked again.");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Emergency unpublish" }).ClickAsync();
        await Expect(reviewer.GetByTestId("status")).ToHaveTextAsync("Unpublished");
        var dialog = Assert.Single(dialogs);
        Assert.StartsWith("confirm: Emergency unpublish: readers lose “" + Title + "” at once", dialog);
        Assert.Null(await PublicContentApi.PublishedTitleAsync(fixture.Host, id));

        // The review history tells it all, in order, with the signature's manifestation.
        await reviewer.GotoAsync($"/admin/items/{id}/review-history");
        var events = reviewer.GetByTestId("review-history").Locator("> li");
        Assert.Equal(
            ["Created", "Saved", "Submitted", "Comment", "ChangesRequested", "Saved", "Submitted", "Approved", "Published", "EmergencyUnpublished", "ApprovalVoided"],
            await events.EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.kind)"));
        await Expect(events.Nth(3).Locator("details:not([open])")).ToContainTextAsync("resolved by " + AdminBrowserFixture.Editor);
        await Expect(events.Nth(4)).ToContainTextAsync("Please say the hotline is free and open day and night.");
        var signature = events.Nth(7).GetByTestId("signature");
        await Expect(signature.Locator("dt")).ToHaveTextAsync(["Signed by", "Credential", "Credential vouched for by", "Date and time", "Meaning", "Content signed", "No longer counts since"]);
        await Expect(signature.Locator("dd").First).ToHaveTextAsync($"{AdminBrowserFixture.Reviewer} ({AdminBrowserFixture.Reviewer})");
        await Expect(signature).ToContainTextAsync("LCSW");
        await Expect(signature).ToContainTextAsync("LCS-40211");
        await Expect(signature.Locator("dd").Nth(2)).ToContainTextAsync(CmsTestHost.SecondAdminName);
        await Expect(signature).ToContainTextAsync("I reviewed this exact content as a licensed clinician and approve it as clinically accurate and safe to show to readers.");
        await Expect(signature.Locator("dd time").First).ToHaveAttributeAsync("datetime", new Regex("^\\d{4}-\\d\\d-\\d\\dT"));
        await Expect(events.Nth(9)).ToContainTextAsync("The hotline's hours must be checked again.");
        Log(await AdminBrowserFixture.ScreenshotAsync(reviewer, "day-5-review-history"));
        await editor.Context.CloseAsync();
        await reviewer.Context.CloseAsync();
    }

    private void Log(string path) => output.WriteLine("screenshot: " + path);
}
