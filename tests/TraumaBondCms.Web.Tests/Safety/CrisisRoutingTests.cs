using System.Net;
using System.Text.Json;
using TraumaBondCms.Web.Tests.Infrastructure;
using TraumaBondCms.Web.Tests.Workflow;
using static TraumaBondCms.Web.Tests.Safety.SafetyApi;

namespace TraumaBondCms.Web.Tests.Safety;

/// <summary>
/// Region-aware crisis routing over HTTP, anonymously: the region's verified crisis lines, then its country's, then the
/// global fallback; never an empty list, and never an error for a bad region code.
/// </summary>
public sealed class CrisisRoutingTests(ReviewTeam team) : IClassFixture<ReviewTeam>
{
    private static (string? Id, string Level)[] Entries(JsonElement routing) =>
        routing.GetProperty("resources").EnumerateArray().Select(r => (r.TryGetProperty("contentItemId", out var id) ? id.GetString() : null, r.GetProperty("level").GetString()!)).ToArray();

    private static readonly (string?, string)[] UnitedStates =
    [
        ("resource-us-988-lifeline", "Country"),
        ("resource-us-crisis-text-line", "Country"),
        ("resource-us-ndvh", "Country"),
        ("resource-global-find-a-helpline", "Fallback"),
    ];

    [Fact]
    public async Task Should_list_the_country_then_the_global_fallback_when_the_subdivision_has_no_resources()
    {
        var routing = await CrisisResourcesAsync(team.Host, "US-NY");

        Assert.Equal(UnitedStates, Entries(routing));
        Assert.Equal("US-NY", routing.GetProperty("region").GetString());
    }

    [Fact]
    public async Task Should_list_the_subdivision_first_when_a_verified_resource_serves_it()
    {
        var id = await PublishResourceAsync(team, new { name = "California Test Crisis Line", region = "US-CA", isCrisisLine = true, phone = "1-202-555-0143", hours = new { alwaysOpen = true } });

        var routing = await CrisisResourcesAsync(team.Host, "us-ca");

        Assert.Equal([(id, "Subdivision"), .. UnitedStates], Entries(routing));
    }

    [Fact]
    public async Task Should_fall_back_to_the_global_resources_with_a_note_when_the_country_has_none()
    {
        var routing = await CrisisResourcesAsync(team.Host, "FR");

        Assert.Equal([("resource-global-find-a-helpline", "Fallback")], Entries(routing));
        Assert.Contains("No verified crisis resources are listed for FR", routing.GetProperty("note").GetString());
        Assert.Contains("local emergency number", routing.GetProperty("emergencyNote").GetString());
    }

    [Fact]
    public async Task Should_leave_out_a_crisis_line_until_it_is_verified_by_a_second_person_and_published()
    {
        var id = await ApprovedResourceAsync(team, new { name = "Kenya Test Line", region = "KE", isCrisisLine = true, phone = "+254 20 555 0100", hours = new { alwaysOpen = true } });

        await HttpAssert.ProblemAsync(HttpStatusCode.Conflict, await ReviewTeam.TransitionAsync(team.Editor, id, "publish"));
        var unverified = await CrisisResourcesAsync(team.Host, "KE");
        await VerifyAsync(team.SecondReviewer, id, version: "latest");
        await ReviewTeam.MustAsync(team.Editor, id, "publish");
        var verified = await CrisisResourcesAsync(team.Host, "KE");

        Assert.Equal([("resource-global-find-a-helpline", "Fallback")], Entries(unverified));
        Assert.Equal([(id, "Country"), ("resource-global-find-a-helpline", "Fallback")], Entries(verified));
    }

    [Theory]
    [InlineData("ZZ", "'ZZ' is not an ISO 3166-1 country code")]
    [InlineData("United States", "is not a region code")]
    [InlineData("US-CA-LA", "is not a region code")]
    [InlineData("<script>alert(1)</script>", "is not a region code")]
    public async Task Should_give_the_global_fallback_and_a_note_when_the_region_is_unknown_or_malformed(string region, string note)
    {
        var routing = await CrisisResourcesAsync(team.Host, region);

        Assert.Equal([("resource-global-find-a-helpline", "Fallback")], Entries(routing));
        Assert.Contains(note, routing.GetProperty("note").GetString());
        Assert.Equal(JsonValueKind.Null, routing.TryGetProperty("region", out var code) ? code.ValueKind : JsonValueKind.Null);
    }

    [Fact]
    public async Task Should_use_the_site_default_region_when_no_region_is_given()
    {
        var routing = await CrisisResourcesAsync(team.Host, null);

        Assert.Equal(UnitedStates, Entries(routing));
        Assert.Contains("the site's default region", routing.GetProperty("note").GetString());
    }
}
