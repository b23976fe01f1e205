namespace TraumaBondCms.Web.Admin;

/// <summary>An active preview link of one item as the publishing page lists it (never its secret): id, label, who made it, when, and until when it works.</summary>
public sealed record PreviewLink(string TokenId, string? Label, string CreatedBy, DateTimeOffset CreatedUtc, DateTimeOffset ExpiresUtc);
