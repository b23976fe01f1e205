using TraumaBondCms.Core.Safety;
using TraumaBondCms.Core.Workflow;
using static TraumaBondCms.Core.Tests.Safety.SafetyFixtures;

namespace TraumaBondCms.Core.Tests.Safety;

public class HelplineNearMissRuleTests
{
    [Theory]
    [InlineData("1-800-799-7223")]
    [InlineData("1-800-799-723")]
    [InlineData("(800) 799-7333")]
    [InlineData("1-800-797-9233")]
    public void Should_name_the_number_and_the_resource_it_resembles_when_digits_are_one_or_two_edits_off(string typo)
    {
        var context = Article(new { body = $"Call the National Domestic Violence Hotline on {typo}." });

        var finding = Assert.Single(Findings(context, SafetyRuleNames.HelplineNearMiss));

        Assert.Equal(CheckSeverity.Error, finding.Severity);
        Assert.Contains(typo, finding.Message);
        Assert.Contains("National Domestic Violence Hotline", finding.Message);
        Assert.Contains("1-800-799-7233", finding.Message);
    }

    [Fact]
    public void Should_say_in_plain_words_that_two_digits_are_swapped_when_they_are()
    {
        var context = Article(new { body = "Call the National Domestic Violence Hotline on 1-800-797-9233." });

        var finding = Assert.Single(Findings(context, SafetyRuleNames.HelplineNearMiss));

        Assert.Equal("This looks like the National Domestic Violence Hotline number with two digits swapped: use 1-800-799-7233 (the text has 1-800-797-9233).", finding.Message);
    }

    [Fact]
    public void Should_report_a_near_miss_and_not_an_unknown_number_when_a_typo_resembles_a_channel()
    {
        var context = Article(new { body = "Call the hotline on 1-800-799-7223." });

        var rules = SafetyChecker.Run(context).Findings.Select(f => f.Rule);

        Assert.Equal([SafetyRuleNames.HelplineNearMiss], rules);
    }

    [Fact]
    public void Should_name_the_site_when_a_link_is_a_typo_of_a_resource_address()
    {
        var context = Article(new { body = "Chat with [the hotline](https://www.thehotIine.org/chat)." });

        var finding = Assert.Single(Findings(context, SafetyRuleNames.HelplineNearMiss));

        Assert.Contains("https://www.thehotline.org", finding.Message);
        Assert.Contains("National Domestic Violence Hotline", finding.Message);
    }

    [Fact]
    public void Should_not_call_a_short_code_a_near_miss_when_it_is_close_to_another_short_code()
    {
        var context = Article(new { body = "In an emergency call 911." }, [Lifeline()]);

        var findings = Findings(context, SafetyRuleNames.HelplineNearMiss);

        Assert.Empty(findings);
    }
}
