using TraumaBondCms.Core.Safety;
using TraumaBondCms.Core.Workflow;
using static TraumaBondCms.Core.Tests.Safety.SafetyFixtures;

namespace TraumaBondCms.Core.Tests.Safety;

public class PromotionalRuleTests
{
    [Theory]
    [InlineData("👣 Follow Truthsinside.com for honest content.", "social follow")]
    [InlineData("📱 Follow Maren Lull:", "social follow")]
    [InlineData("→ Spotify", "social platforms")]
    [InlineData("Maren Lull is a singer-songwriter who writes from the heart.", "music promotion")]
    [InlineData("You can schedule a free 20-minute consultation to discuss a plan.", "sales call to action")]
    [InlineData("Use code HEAL20 for 20% off.", "sales call to action")]
    [InlineData("💾 Save this — it may help.", "share and save call")]
    public void Should_warn_and_quote_the_text_when_a_block_is_promotional(string line, string kind)
    {
        var context = Article(new { body = line }, rules: ArticleRules(CheckSeverity.Warning));

        var finding = Assert.Single(Findings(context, SafetyRuleNames.Promotional));

        Assert.Equal(CheckSeverity.Warning, finding.Severity);
        Assert.Contains($"({kind})", finding.Message);
    }

    [Theory]
    [InlineData("Follow the plan you made with your advocate.")]
    [InlineData("Share it with someone you trust, such as a counselor.")]
    [InlineData("Listen without judgment and believe what they tell you.")]
    public void Should_find_nothing_when_ordinary_advice_uses_similar_words(string line)
    {
        var context = Article(new { body = line });

        var findings = Findings(context, SafetyRuleNames.Promotional);

        Assert.Empty(findings);
    }
}
