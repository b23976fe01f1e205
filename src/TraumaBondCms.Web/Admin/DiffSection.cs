using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Admin;

/// <summary>
/// A diff to show: its heading, an id for the heading, the diff (null when there is nothing to compare with), what to say
/// then, and what to say when both sides are the same version (e.g. "Version 3 is the one approved: nothing changed since").
/// </summary>
public sealed record DiffSection(string Heading, string Id, VersionDiff? Diff, string NothingToCompare, string? SameVersion = null);
