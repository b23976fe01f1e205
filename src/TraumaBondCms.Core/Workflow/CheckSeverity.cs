namespace TraumaBondCms.Core.Workflow;

/// <summary>How much a <see cref="CheckFinding"/> matters.</summary>
public enum CheckSeverity
{
    /// <summary>Shown, and must be acknowledged with a reason before a signature.</summary>
    Warning,

    /// <summary>Blocks the transition.</summary>
    Error,
}
