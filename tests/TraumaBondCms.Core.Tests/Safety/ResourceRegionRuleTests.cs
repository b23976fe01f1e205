using TraumaBondCms.Core.Safety;
using static TraumaBondCms.Core.Tests.Safety.SafetyFixtures;

namespace TraumaBondCms.Core.Tests.Safety;

public class ResourceRegionRuleTests
{
    [Theory]
    [InlineData("US")]
    [InlineData("GB-SCT")]
    [InlineData("GLOBAL")]
    public void Should_find_nothing_when_the_region_is_an_assigned_code(string region)
    {
        var context = ResourceDraft(new { name = "A line", region });

        var findings = Findings(context, SafetyRuleNames.ResourceRegion);

        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("ZZ", "'ZZ' is not an ISO 3166-1 country code")]
    [InlineData(null, "has no region")]
    public void Should_explain_when_the_region_is_unassigned_or_missing(string? region, string message)
    {
        var context = ResourceDraft(new { name = "A line", region });

        var finding = Assert.Single(Findings(context, SafetyRuleNames.ResourceRegion));

        Assert.Contains(message, finding.Message);
        Assert.Equal("region", finding.Field);
    }
}
