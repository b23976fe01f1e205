using System.Net;
using System.Net.Http.Json;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests;

/// <summary>A second start reuses the data folder: content, users and tokens' signing keys survive; setup does not run again.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task Should_keep_content_and_not_rerun_setup_when_the_cms_restarts()
    {
        var data = CmsTestHost.NewDataPath();
        try
        {
            string id;
            using (var first = new CmsTestHost(data) { KeepData = true })
            {
                using var editor = await first.AdminAsync();
                var created = await HttpAssert.StatusAsync(HttpStatusCode.Created, await editor.PostAsJsonAsync("/api/content", ContentVersioningTests.Faq("Will this survive a restart?", "Yes.")));
                id = created.GetProperty("contentItemId").GetString()!;
            }

            using var second = new CmsTestHost(data, new Dictionary<string, string?> { ["Cms:Setup:AdminPassword"] = "ignored-after-setup" });
            using var admin = await second.AdminAsync();
            var item = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync($"/api/content/{id}"));
            var recipeRuns = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync("/api/audit?action=recipe.run"));
            var articles = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync("/api/content?type=Article"));

            Assert.Equal("Yes.", item.GetProperty("fields").GetProperty("answer").GetString());
            Assert.Equal(1, recipeRuns.GetArrayLength());
            Assert.Equal(3, articles.GetProperty("totalCount").GetInt32());
        }
        finally
        {
            CmsTestHost.DeleteData(data);
        }
    }

    [Fact]
    public async Task Should_accept_a_token_issued_before_the_restart()
    {
        var data = CmsTestHost.NewDataPath();
        try
        {
            string token;
            using (var first = new CmsTestHost(data) { KeepData = true })
            {
                using var admin = await first.AdminAsync();
                token = admin.DefaultRequestHeaders.Authorization!.Parameter!;
            }

            using var second = new CmsTestHost(data);
            using var client = second.Anonymous();
            client.DefaultRequestHeaders.Authorization = new("Bearer", token);

            await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync("/api/auth/me"));
        }
        finally
        {
            CmsTestHost.DeleteData(data);
        }
    }
}
