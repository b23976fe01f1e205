namespace TraumaBondCms.Web.Admin;

/// <summary>An item flagged for follow-up review: its id, title, the emergency unpublish's reason and when it was flagged.</summary>
public sealed record FollowUpItem(string ContentItemId, string DisplayText, string Reason, DateTimeOffset FlaggedUtc);
