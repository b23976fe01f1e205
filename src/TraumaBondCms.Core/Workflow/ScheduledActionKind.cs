namespace TraumaBondCms.Core.Workflow;

/// <summary>What a schedule does when due.</summary>
public enum ScheduledActionKind
{
    /// <summary>Publish the version.</summary>
    Publish,

    /// <summary>Take the published version offline.</summary>
    Unpublish,
}
