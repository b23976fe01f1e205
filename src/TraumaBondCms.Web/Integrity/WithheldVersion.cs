namespace TraumaBondCms.Web.Integrity;

/// <summary>A published version this node withholds from readers because it failed its integrity check, and why.</summary>
/// <param name="ContentItemId">The item.</param>
/// <param name="ContentItemVersionId">The published version withheld.</param>
/// <param name="ContentType">The item's type.</param>
/// <param name="DisplayText">Its title as stored (possibly the tampered one).</param>
/// <param name="Problem">Why it failed.</param>
/// <param name="DetectedUtc">When this node found it.</param>
public sealed record WithheldVersion(string ContentItemId, string ContentItemVersionId, string ContentType, string DisplayText, string Problem, DateTimeOffset DetectedUtc);
