using TraumaBondCms.Core.Safety;
using static TraumaBondCms.Core.Tests.Safety.SafetyFixtures;

namespace TraumaBondCms.Core.Tests.Safety;

public class HelplineNumberRuleTests
{
    [Theory]
    [InlineData("Call the National Domestic Violence Hotline on 1-800-799-7233.")]
    [InlineData("From abroad, call +1 800 799 7233.")]
    [InlineData("Text START to 88788, or call or text 988.")]
    [InlineData("In an emergency call 911, or 999 in the UK.")]
    public void Should_find_nothing_when_every_helpline_number_is_a_verified_channel_or_an_emergency_number(string body)
    {
        var context = Article(new { body });

        var findings = Findings(context, SafetyRuleNames.HelplineNumber);

        Assert.Empty(findings);
    }

    [Fact]
    public void Should_name_the_number_when_a_helpline_number_matches_no_resource()
    {
        var context = Article(new { body = "Call the helpline on 1-866-331-9474 for support." });

        var finding = Assert.Single(Findings(context, SafetyRuleNames.HelplineNumber));

        Assert.Contains("1-866-331-9474", finding.Message);
        Assert.Equal("body", finding.Field);
    }

    [Theory]
    [InlineData(VerificationStatus.NeverVerified, "never verified")]
    [InlineData(VerificationStatus.ChannelsChanged, "changed since they were last verified")]
    public void Should_report_the_resource_when_a_number_belongs_to_an_unverified_resource(VerificationStatus status, string why)
    {
        var context = Article(new { body = "Call the hotline on 1-800-799-7233." }, [Hotline(status)]);

        var finding = Assert.Single(Findings(context, SafetyRuleNames.HelplineNumber));

        Assert.Contains("National Domestic Violence Hotline", finding.Message);
        Assert.Contains(why, finding.Message);
    }

    [Fact]
    public void Should_ignore_numbers_when_they_do_not_look_like_helplines()
    {
        var context = Article(new { body = "Around 7946 0018 people, 45% of them aged 18-25, took part in 2019." });

        var findings = Findings(context, SafetyRuleNames.HelplineNumber);

        Assert.Empty(findings);
    }

    [Fact]
    public void Should_accept_its_own_numbers_when_the_item_is_a_resource_draft()
    {
        var context = ResourceDraft(new { name = "New Helpline", phone = "1-866-331-9474", description = "Call the helpline on 1-866-331-9474.", region = "US" });

        var findings = Findings(context, SafetyRuleNames.HelplineNumber);

        Assert.Empty(findings);
    }
}
