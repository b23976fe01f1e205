namespace TraumaBondCms.Core.Workflow;

/// <summary>
/// A finding of a check run before a transition (the clinical safety checks): an <see cref="CheckSeverity.Error"/>
/// blocks the transition; a <see cref="CheckSeverity.Warning"/> is shown to the reviewer, who may sign anyway only by
/// giving an override reason, which is recorded in the audit trail.
/// </summary>
/// <param name="Rule">The rule's stable name, e.g. <c>helpline-number</c>.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Message">What is wrong and how to fix it, naming the value at fault.</param>
/// <param name="Field">The field concerned; null for the item as a whole.</param>
public sealed record CheckFinding(string Rule, CheckSeverity Severity, string Message, string? Field = null);
