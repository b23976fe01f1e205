namespace TraumaBondCms.Web.Integrity;

/// <summary>One thing the integrity check found broken.</summary>
/// <param name="Area">Where: <c>audit-chain</c>, <c>audit-heads</c>, <c>published</c>, <c>approvals</c> or <c>verifications</c>.</param>
/// <param name="Message">What is wrong, naming the entry, head, item or record.</param>
public sealed record IntegrityBreak(string Area, string Message);
