using TraumaBondCms.Core.Content;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Localization;

/// <summary>
/// Where a translation stands against its source: the source version it follows, the source's current version (its
/// published one, else its latest), whether the source changed since, the re-review flag set when it did, and the diff of
/// the source from the followed version to the current one (what the translator and reviewer must carry over).
/// </summary>
/// <param name="Translation">The translation's latest version.</param>
/// <param name="Followed">The source version the translation follows; null when it was deleted or is unknown.</param>
/// <param name="Current">The source's current version.</param>
/// <param name="FlaggedUtc">When the translation was flagged for re-review because its source published a newer version; null when it is not flagged.</param>
/// <param name="Diff">The source's changes from <paramref name="Followed"/> to <paramref name="Current"/>.</param>
public sealed record SourceChange(ContentItem Translation, ContentItem? Followed, ContentItem Current, DateTimeOffset? FlaggedUtc, VersionDiff Diff)
{
    /// <summary>True when the source's current version is not the one the translation follows.</summary>
    public bool Changed => Followed?.ContentItemVersionId != Current.ContentItemVersionId;
}
