using TraumaBondCms.Core.Safety;
using static TraumaBondCms.Core.Tests.Safety.SafetyFixtures;

namespace TraumaBondCms.Core.Tests.Safety;

public class VerificationOverdueRuleTests
{
    [Fact]
    public void Should_name_the_resource_and_its_last_verification_when_a_quoted_number_is_overdue()
    {
        var context = Article(new { body = "Call the hotline on 1-800-799-7233." }, [Hotline(VerificationStatus.Overdue)]);

        var finding = Assert.Single(Findings(context, SafetyRuleNames.VerificationOverdue));

        Assert.Contains("National Domestic Violence Hotline", finding.Message);
        Assert.Contains("last verified 2025-02-01 by Dr Okafor, due 2025-05-02", finding.Message);
    }

    [Fact]
    public void Should_warn_once_when_an_overdue_resource_is_both_picked_and_quoted()
    {
        var context = Article(new { body = "Call 1-800-799-7233.", relatedResources = new[] { "resource-us-ndvh" } }, [Hotline(VerificationStatus.Overdue)]);

        var findings = Findings(context, SafetyRuleNames.VerificationOverdue);

        Assert.Single(findings);
    }

    [Fact]
    public void Should_find_nothing_when_quoted_resources_are_current()
    {
        var context = Article(new { body = "Call 1-800-799-7233.", relatedResources = new[] { "resource-us-ndvh" } });

        var findings = Findings(context, SafetyRuleNames.VerificationOverdue);

        Assert.Empty(findings);
    }
}
