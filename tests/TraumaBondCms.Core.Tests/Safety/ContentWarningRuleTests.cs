using TraumaBondCms.Core.Safety;
using static TraumaBondCms.Core.Tests.Safety.SafetyFixtures;

namespace TraumaBondCms.Core.Tests.Safety;

public class ContentWarningRuleTests
{
    [Fact]
    public void Should_require_a_content_warning_when_a_risk_topic_is_tagged()
    {
        var context = Article(new { body = "Text.", topics = new[] { "self-harm-and-suicide" } });

        var finding = Assert.Single(Findings(context, SafetyRuleNames.ContentWarning));

        Assert.Equal("contentWarning", finding.Field);
        Assert.Contains("is tagged 'self-harm-and-suicide' (risk topic 'suicide')", finding.Message);
    }

    [Fact]
    public void Should_find_nothing_when_the_tagged_item_has_a_content_warning()
    {
        var context = Article(new { body = "Text.", topics = new[] { "abuse" }, contentWarning = "Discusses abuse in general terms." });

        var findings = Findings(context, SafetyRuleNames.ContentWarning);

        Assert.Empty(findings);
    }

    [Fact]
    public void Should_not_require_a_warning_when_a_risk_topic_is_only_mentioned()
    {
        var context = Article(new { body = "Abuse is never your fault." });

        var findings = Findings(context, SafetyRuleNames.ContentWarning);

        Assert.Empty(findings);
    }
}
