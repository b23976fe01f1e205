using System.Net;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Auth;

/// <summary>
/// Whether a second factor is required when nobody configured it: not in Development (what <c>dotnet run</c> starts, for a
/// first look with the generated administrator password), and in every other environment (Production, the Docker image).
/// </summary>
public sealed class SecondFactorDefaultsTests
{
    [Theory]
    [InlineData("Development", HttpStatusCode.OK)]
    [InlineData("Production", HttpStatusCode.Forbidden)]
    public async Task Should_require_an_administrator_to_set_up_a_second_factor_only_outside_development_when_nothing_is_configured(string environment, HttpStatusCode users)
    {
        using var host = new CmsTestHost(settings: new Dictionary<string, string?> { ["Cms:Auth:RequireSecondFactor"] = null }, environment: environment);
        using var admin = await host.AdminAsync();

        var response = await admin.GetAsync("/api/users");

        Assert.Equal(users, response.StatusCode);
    }
}
