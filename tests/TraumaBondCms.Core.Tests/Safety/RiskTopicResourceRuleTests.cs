using TraumaBondCms.Core.Safety;
using static TraumaBondCms.Core.Tests.Safety.SafetyFixtures;

namespace TraumaBondCms.Core.Tests.Safety;

public class RiskTopicResourceRuleTests
{
    [Fact]
    public void Should_ask_for_a_crisis_resource_when_an_article_is_tagged_abuse_and_links_none()
    {
        var context = Article(new { body = "Some text.", topics = new[] { "abuse" } });

        var finding = Assert.Single(Findings(context, SafetyRuleNames.RiskTopicResource));

        Assert.Contains("is tagged 'abuse'", finding.Message);
        Assert.Contains("National Domestic Violence Hotline", finding.Message);
        Assert.Equal("relatedResources", finding.Field);
    }

    [Fact]
    public void Should_ask_for_a_crisis_resource_when_the_text_mentions_a_risk_topic()
    {
        var context = Article(new { body = "Some people have suicidal thoughts." });

        var finding = Assert.Single(Findings(context, SafetyRuleNames.RiskTopicResource));

        Assert.Contains("mentions 'suicidal'", finding.Message);
    }

    [Theory]
    [InlineData("resource-us-ndvh")]
    [InlineData("resource-us-988-lifeline")]
    public void Should_find_nothing_when_a_verified_crisis_resource_for_the_region_is_picked(string picked)
    {
        var context = Article(new { body = "About abuse.", topics = new[] { "abuse" }, relatedResources = new[] { picked } });

        var findings = Findings(context, SafetyRuleNames.RiskTopicResource);

        Assert.Empty(findings);
    }

    [Fact]
    public void Should_find_nothing_when_the_text_links_a_verified_crisis_resource_site()
    {
        var context = Article(new { body = "About abuse. The [hotline](https://www.thehotline.org) can help." });

        var findings = Findings(context, SafetyRuleNames.RiskTopicResource);

        Assert.Empty(findings);
    }

    [Fact]
    public void Should_say_which_region_the_picked_resource_serves_when_it_is_not_the_item_region()
    {
        var context = Article(new { body = "About abuse.", topics = new[] { "abuse" }, relatedResources = new[] { "resource-gb-helpline" } });

        var finding = Assert.Single(Findings(context, SafetyRuleNames.RiskTopicResource));

        Assert.Contains("for US", finding.Message);
        Assert.Contains("National Domestic Abuse Helpline serves GB", finding.Message);
    }

    [Theory]
    [InlineData(VerificationStatus.NeverVerified, true)]
    [InlineData(VerificationStatus.Overdue, false)]
    public void Should_count_only_verified_resources_when_a_picked_resource_is_unverified_or_overdue(VerificationStatus status, bool reported)
    {
        var context = Article(new { body = "About abuse.", relatedResources = new[] { "resource-us-ndvh" } }, [Hotline(status)]);

        var findings = Findings(context, SafetyRuleNames.RiskTopicResource);

        Assert.Equal(reported, findings.Count == 1);
    }

    [Fact]
    public void Should_not_count_a_directory_when_it_is_not_a_crisis_line()
    {
        var context = Article(new { body = "About abuse.", relatedResources = new[] { "resource-global-directory" } });

        var findings = Findings(context, SafetyRuleNames.RiskTopicResource);

        Assert.Single(findings);
    }
}
