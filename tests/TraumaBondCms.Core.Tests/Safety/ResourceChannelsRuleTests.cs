using TraumaBondCms.Core.Safety;
using static TraumaBondCms.Core.Tests.Safety.SafetyFixtures;

namespace TraumaBondCms.Core.Tests.Safety;

public class ResourceChannelsRuleTests
{
    [Fact]
    public void Should_find_nothing_when_a_crisis_line_has_a_phone_and_hours()
    {
        var context = ResourceDraft(new { name = "A line", region = "US", isCrisisLine = true, phone = "1-866-331-9474", hours = new { alwaysOpen = true } });

        var findings = Findings(context, SafetyRuleNames.ResourceChannels);

        Assert.Empty(findings);
    }

    [Fact]
    public void Should_ask_for_a_direct_channel_and_hours_when_a_crisis_line_has_only_a_website()
    {
        var context = ResourceDraft(new { name = "A line", region = "US", isCrisisLine = true, website = new { url = "https://example.org" } });

        var messages = Findings(context, SafetyRuleNames.ResourceChannels).Select(f => f.Message).ToList();

        Assert.Equal(2, messages.Count);
        Assert.Contains(messages, m => m.Contains("direct channel", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("'hours'", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_not_ask_for_channels_when_the_resource_is_not_a_crisis_line()
    {
        var context = ResourceDraft(new { name = "A directory", region = "GLOBAL", website = new { url = "https://example.org" } });

        var findings = Findings(context, SafetyRuleNames.ResourceChannels);

        Assert.Empty(findings);
    }
}
