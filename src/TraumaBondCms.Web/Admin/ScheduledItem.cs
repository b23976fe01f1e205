using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Web.Admin;

/// <summary>A pending schedule and the latest version of its item (null when the item is gone).</summary>
public sealed record ScheduledItem(ScheduledAction Schedule, ContentItem? Item);
