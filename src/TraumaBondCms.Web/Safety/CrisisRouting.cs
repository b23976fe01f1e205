namespace TraumaBondCms.Web.Safety;

/// <summary>The answer to "which crisis resources for this reader": never an empty list.</summary>
/// <param name="RequestedRegion">The region asked for, as given; null when none was.</param>
/// <param name="Region">The region used (an ISO 3166 code), or null when only global resources apply.</param>
/// <param name="Note">Why the answer is less specific than asked (no region, malformed or unknown code, nothing listed there); null when it is not.</param>
/// <param name="EmergencyNote">The fallback's advice, shown with every answer (e.g. call the local emergency number).</param>
/// <param name="Resources">The region's resources, then its country's, then the global fallback; at least one.</param>
public sealed record CrisisRouting(string? RequestedRegion, string? Region, string? Note, string EmergencyNote, IReadOnlyList<CrisisResource> Resources);
