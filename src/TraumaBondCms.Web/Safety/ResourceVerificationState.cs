using TraumaBondCms.Core.Safety;

namespace TraumaBondCms.Web.Safety;

/// <summary>Where one published resource stands with verification: the rows of the overdue list.</summary>
/// <param name="ContentItemId">The resource.</param>
/// <param name="Name">Its name.</param>
/// <param name="Region">Its region code as stored; null when none.</param>
/// <param name="IsCrisisLine">True for crisis lines.</param>
/// <param name="Status">Current, overdue, never verified, or changed since the last verification.</param>
/// <param name="LastVerifiedUtc">When its current contact details were last verified; null when never.</param>
/// <param name="LastVerifiedBy">Who verified them (a user name, or <c>recipe</c>).</param>
/// <param name="LastVerifiedByDisplayName">The verifier's display name.</param>
/// <param name="LastVerificationKind">A person or a recipe.</param>
/// <param name="DueUtc">When the next verification is due; null when never verified.</param>
/// <param name="DaysOverdue">Whole days past due; null when not overdue.</param>
/// <param name="Published">Always true: an overdue resource stays published; it is listed, never unpublished.</param>
public sealed record ResourceVerificationState(
    string ContentItemId,
    string Name,
    string? Region,
    bool IsCrisisLine,
    VerificationStatus Status,
    DateTimeOffset? LastVerifiedUtc,
    string? LastVerifiedBy,
    string? LastVerifiedByDisplayName,
    VerificationKind? LastVerificationKind,
    DateTimeOffset? DueUtc,
    int? DaysOverdue,
    bool Published)
{
    /// <summary>The state of <paramref name="resource"/> at <paramref name="now"/>.</summary>
    public static ResourceVerificationState From(ResourceSnapshot resource, string regionField, DateTimeOffset now) => new(
        resource.Item.ContentItemId,
        resource.Name,
        resource.Item.Fields.GetString(regionField),
        resource.IsCrisisLine,
        resource.Status,
        resource.LastVerification?.VerifiedUtc,
        resource.LastVerification?.VerifiedBy,
        resource.LastVerification?.VerifiedByDisplayName,
        resource.LastVerification?.Kind,
        resource.DueUtc,
        resource.Status == VerificationStatus.Overdue ? (int)(now - resource.DueUtc!.Value).TotalDays : null,
        resource.Item.Published);
}
