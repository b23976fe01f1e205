namespace TraumaBondCms.Core.Workflow;

/// <summary>Why a transition may not happen now: a stable <see cref="Rule"/> name, the kind of refusal, and a sentence for people.</summary>
public sealed record TransitionRefusal(string Rule, RefusalKind Kind, string Message);
