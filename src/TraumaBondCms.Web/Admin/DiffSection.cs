using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Admin;

/// <summary>A diff to show: its heading, an id for the heading, the diff (null when there is nothing to compare with), and what to say then.</summary>
public sealed record DiffSection(string Heading, string Id, VersionDiff? Diff, string NothingToCompare);
