using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Web.Workflow;

/// <summary>The publication gate's answer for one version: on what basis it may be published, with which approval, or every reason why not.</summary>
public sealed record PublicationCheck(PublicationBasis Basis, Approval? Approval, IReadOnlyList<TransitionRefusal> Refusals)
{
    /// <summary>The stable rule name of the refusal "no valid signed approval of the exact hash".</summary>
    public const string ApprovedHashRule = "ApprovedHash";

    /// <summary>The stable rule name of the refusal "the version's stored fields do not hash to its content hash".</summary>
    public const string StoredFieldsRule = "StoredFields";

    /// <summary>True when nothing refused.</summary>
    public bool Allowed => Refusals.Count == 0;
}
