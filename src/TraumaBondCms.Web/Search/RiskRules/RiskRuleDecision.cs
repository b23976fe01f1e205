namespace TraumaBondCms.Web.Search.RiskRules;

/// <summary>A reviewer's decision on a scope's waiting risk rules: approve (sign) or reject.</summary>
public sealed record RiskRuleDecision
{
    /// <summary>The proposal the reviewer read (<see cref="Core.Search.RiskRuleProposal.ProposalId"/>); required, so a newer one is never decided unseen.</summary>
    public string? ProposalId { get; init; }

    /// <summary>The reviewer's password, re-entered: deciding is a signature.</summary>
    public string? Password { get; init; }

    /// <summary>A fresh code from the reviewer's authenticator app (or a recovery code) when they have a second factor.</summary>
    public string? Code { get; init; }

    /// <summary>The reviewer's comment; null for none.</summary>
    public string? Comment { get; init; }
}
