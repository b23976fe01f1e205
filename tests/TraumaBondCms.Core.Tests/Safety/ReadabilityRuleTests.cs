using TraumaBondCms.Core.Safety;
using static TraumaBondCms.Core.Tests.Safety.SafetyFixtures;

namespace TraumaBondCms.Core.Tests.Safety;

public class ReadabilityRuleTests
{
    private static readonly string Plain = string.Join(' ', Enumerable.Repeat("You are not to blame. The bond is real. Help is there.", 12));

    private static readonly string Dense = string.Join(' ', Enumerable.Repeat("Neurobiological conditioning consolidates intermittent reinforcement contingencies, perpetuating maladaptive attachment configurations.", 10));

    [Fact]
    public void Should_find_nothing_when_text_meets_the_target()
    {
        var context = Article(new { body = Plain });

        var findings = Findings(context, SafetyRuleNames.Readability);

        Assert.Empty(findings);
    }

    [Fact]
    public void Should_give_both_scores_and_targets_when_text_is_too_hard()
    {
        var context = Article(new { body = Dense });

        var finding = Assert.Single(Findings(context, SafetyRuleNames.Readability));

        Assert.Contains("below the target of 50", finding.Message);
        Assert.Contains("above the target of 10", finding.Message);
        Assert.Equal("body", finding.Field);
    }

    [Fact]
    public void Should_score_but_not_judge_when_text_is_shorter_than_the_minimum()
    {
        var context = Article(new { body = "Neurobiological conditioning consolidates intermittent reinforcement." });

        var findings = Findings(context, SafetyRuleNames.Readability);

        Assert.Empty(findings);
        Assert.NotNull(SafetyChecker.Run(context).Readability);
    }
}
