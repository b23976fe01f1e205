using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Diff;

namespace TraumaBondCms.Web.Workflow;

/// <summary>A diff between two versions of an item (<see cref="From"/> is null when there is nothing to compare with, e.g. never approved).</summary>
public sealed record VersionDiff(ContentItem? From, ContentItem To, ContentDiffResult Diff);
