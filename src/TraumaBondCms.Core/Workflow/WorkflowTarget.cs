namespace TraumaBondCms.Core.Workflow;

/// <summary>Which version of an item a transition acts on.</summary>
public enum WorkflowTarget
{
    /// <summary>The latest version (the one editors work on).</summary>
    Latest,

    /// <summary>The published version (the one readers see).</summary>
    Published,
}
