namespace TraumaBondCms.Web.Tests.Infrastructure;

/// <summary>The body of <c>POST /api/content</c>: a content type and its field values.</summary>
public sealed record NewContent(string ContentType, object Fields);
