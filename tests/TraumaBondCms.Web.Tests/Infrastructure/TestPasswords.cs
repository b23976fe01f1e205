using System.Net.Http.Json;
using System.Text.Json;

namespace TraumaBondCms.Web.Tests.Infrastructure;

/// <summary>
/// The passwords of the test hosts' accounts, for signatures (approvals, verifications) that re-enter them: the
/// administrator's is <see cref="CmsTestHost.AdminPassword"/>, every other account's its user name followed by <c>-password-1</c>.
/// </summary>
public static class TestPasswords
{
    /// <summary>The password of <paramref name="userName"/>.</summary>
    public static string Of(string userName) => userName == "admin" ? CmsTestHost.AdminPassword : userName + "-password-1";

    /// <summary>The password of the account <paramref name="client"/> is signed in as.</summary>
    public static async Task<string> OfAsync(HttpClient client)
    {
        var me = await client.GetFromJsonAsync<JsonElement>("/api/auth/me");
        return Of(me.GetProperty("userName").GetString()!);
    }
}
