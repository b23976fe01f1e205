namespace TraumaBondCms.Web.Media;

/// <summary>What an editor uploads: the bytes, the name they had, and optional library alt text and tags.</summary>
public sealed record MediaUpload(string FileName, byte[] Bytes, string? Alt = null, IReadOnlyList<string>? Tags = null);
