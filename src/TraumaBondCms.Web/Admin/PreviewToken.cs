namespace TraumaBondCms.Web.Admin;

/// <summary>A preview token as issued: the secret to hand over, where to use it, and when it stops working.</summary>
public sealed record PreviewToken(string Token, string? Url, DateTimeOffset ExpiresUtc);
