using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Safety;

namespace TraumaBondCms.Web.Safety;

/// <summary>One entry of a crisis routing answer: a published resource, or the built-in fallback entry.</summary>
/// <param name="ContentItemId">The resource; null for the built-in entry.</param>
/// <param name="Name">Its name.</param>
/// <param name="Slug">Its slug; null for the built-in entry.</param>
/// <param name="Level">Why it is listed.</param>
/// <param name="Region">The region it serves, as stored.</param>
/// <param name="Fields">Its published fields (phone, text, chat, website, hours, languages ...); null for the built-in entry.</param>
/// <param name="Url">For the built-in entry: its web address; null otherwise.</param>
/// <param name="Verification">Its verification status; null for the built-in entry.</param>
/// <param name="LastVerifiedUtc">When its contact details were last verified; null when never or built in.</param>
/// <param name="VerificationOverdue">True when its verification is overdue: still listed, flagged for the front end and editors.</param>
public sealed record CrisisResource(
    string? ContentItemId,
    string Name,
    string? Slug,
    CrisisLevel Level,
    string? Region,
    ContentFields? Fields,
    string? Url,
    VerificationStatus? Verification,
    DateTimeOffset? LastVerifiedUtc,
    bool VerificationOverdue)
{
    /// <summary>The culture of the version listed (the reader's best among the resource's translations); null for the built-in entry.</summary>
    public string? Culture { get; init; }
}
