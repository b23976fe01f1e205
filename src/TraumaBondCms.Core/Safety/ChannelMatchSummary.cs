namespace TraumaBondCms.Core.Safety;

/// <summary>A <see cref="ChannelMatch"/> as stored and shown to reviewers: plain values, no snapshots.</summary>
/// <param name="Field">The field it was found in.</param>
/// <param name="Found">The number or URL as written.</param>
/// <param name="Kind">Phone or web.</param>
/// <param name="Outcome">What it matched.</param>
/// <param name="ResourceId">The resource matched or resembled; null when none.</param>
/// <param name="ResourceName">That resource's name.</param>
/// <param name="Channel">The resource's channel value.</param>
/// <param name="Verification">The resource's verification status at the time of the check; null when no resource.</param>
/// <param name="Reason">Why it looks like a helpline.</param>
public sealed record ChannelMatchSummary(
    string Field,
    string Found,
    ChannelKind Kind,
    MatchOutcome Outcome,
    string? ResourceId,
    string? ResourceName,
    string? Channel,
    VerificationStatus? Verification,
    string Reason)
{
    /// <summary>The summary of <paramref name="match"/>.</summary>
    public static ChannelMatchSummary From(ChannelMatch match) => new(
        match.Field,
        match.Found,
        match.Kind,
        match.Outcome,
        match.Resource?.Item.ContentItemId,
        match.Resource?.Name,
        match.Channel?.Value,
        match.Resource?.Status,
        match.Reason);
}
