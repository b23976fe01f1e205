using System.Net.Http.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TraumaBondCms.Web.Tests.Admin;

/// <summary>Nobody approves their own edit: the review screen offers no Approve button and says why, and the server refuses a forged approval.</summary>
[Collection(AdminBrowserCollection.Name)]
public sealed class AdminSelfApprovalTests(AdminBrowserFixture fixture)
{
    [Fact]
    public async Task Should_refuse_the_approval_and_hide_its_button_when_the_reviewer_edited_the_version()
    {
        var id = await fixture.DraftArticleAsync(AdminBrowserFixture.EditorClinician, "Written and reviewed by one person", "Body text.");
        using (var api = await fixture.ApiAsync(AdminBrowserFixture.EditorClinician))
        {
            (await api.PostAsJsonAsync($"/api/content/{id}/workflow/submit", new { })).EnsureSuccessStatusCode();
        }

        var page = await fixture.NewPageAsync();
        await AdminBrowserFixture.SignInAsync(page, AdminBrowserFixture.EditorClinician);
        await page.GotoAsync($"/admin/items/{id}/review");
        await Expect(page.Locator("form[data-transition=approve]")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("refusals")).ToContainTextAsync("You edited this version, so you cannot approve it");

        // A forged form, with a valid antiforgery token and the right password, is refused by the server all the same.
        var form = page.Context.APIRequest.CreateFormData();
        form.Set("__RequestVerificationToken", await page.Locator("input[name=__RequestVerificationToken]").First.InputValueAsync());
        form.Set("version", (await fixture.LatestAsync(id)).GetProperty("contentItemVersionId").GetString()!);
        form.Set("password", AdminBrowserFixture.EditorClinician + AdminBrowserFixture.PasswordSuffix);
        var response = await page.Context.APIRequest.PostAsync($"/admin/items/{id}/transition/approve", new() { Form = form, MaxRedirects = 0 });
        await page.GotoAsync($"/admin/items/{id}/review");

        Assert.Equal(302, response.Status);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Not done. You edited this version, so you cannot approve it");
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("In review");
        Assert.Equal("InReview", (await fixture.LatestAsync(id)).GetProperty("status").GetString());
        await page.Context.CloseAsync();
    }
}
