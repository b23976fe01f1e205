using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Web.Workflow;

/// <summary>What a transition did: the version it acted on (as it is now), the status change, and the approval it signed, if any.</summary>
public sealed record TransitionResult(string Transition, ContentItem Version, string FromStatus, string ToStatus, Approval? Approval);
