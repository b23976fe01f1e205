namespace TraumaBondCms.Web.Workflow;

/// <summary>What allows a version to be published.</summary>
public enum PublicationBasis
{
    /// <summary>Nothing: the publish is refused.</summary>
    None,

    /// <summary>A clinical approval of its exact content hash whose signature verifies.</summary>
    Signed,

    /// <summary>Sample content a recipe published unreviewed, where the <see cref="Governance.SamplePolicy"/> allows it; marked as a sample in every API.</summary>
    Sample,

    /// <summary>Its type publishes without review (no free text readers see).</summary>
    Exempt,
}
