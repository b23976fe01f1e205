using TraumaBondCms.Core.Search;

namespace TraumaBondCms.Core.Tests.Search;

public sealed class RiskRuleDiffTests
{
    [Fact]
    public void Should_pair_a_reworded_rule_as_changed_and_list_the_rest_as_added_or_removed()
    {
        string[] before = ["suicid*", "end it all", "(he|she) hit|hurt me", "in danger"];
        string[] after = ["suicid*", "(he|she|partner) hit|hurt me", "in danger", "blue moon"];

        var diff = RiskRuleDiff.Between(before, after);

        Assert.Equal(["blue moon"], diff.Added);
        Assert.Equal(["end it all"], diff.Removed);
        Assert.Equal([new RiskRuleChange("(he|she) hit|hurt me", "(he|she|partner) hit|hurt me")], diff.Changed);
        Assert.Equal(2, diff.Unchanged);
        Assert.False(diff.OnlyAdds);
    }

    [Fact]
    public void Should_keep_in_force_what_was_signed_and_what_a_replaced_proposal_held_when_a_new_proposal_drops_them()
    {
        var scope = new RiskRuleScope
        {
            Approved = new RiskRuleApproval
            {
                Scope = RiskRuleBook.SiteScope,
                Version = 1,
                Rules = ["a", "b"],
                ProposalId = "p1",
                ProposedBy = "system",
                ProposedUtc = DateTimeOffset.UnixEpoch,
                SignedBy = "dr",
                SignedByDisplayName = "Dr",
                Credential = "LCSW",
                SignedUtc = DateTimeOffset.UnixEpoch,
                SignedWith = "password",
            },
            Proposed = new RiskRuleProposal { ProposalId = "p3", Rules = ["c"], Baseline = ["a", "b", "x"], ProposedBy = "cli:ops", ProposedUtc = DateTimeOffset.UnixEpoch, Source = "recipe" },
        };

        var inForce = scope.InForce;

        Assert.Equal(["a", "b", "x", "c"], inForce);
    }
}
