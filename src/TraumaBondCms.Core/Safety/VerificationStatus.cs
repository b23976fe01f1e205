namespace TraumaBondCms.Core.Safety;

/// <summary>Where a resource stands with verification, as of a given time.</summary>
public enum VerificationStatus
{
    /// <summary>Its current contact details were verified within the type's interval.</summary>
    Current,

    /// <summary>Its current contact details were verified, but longer ago than the interval: due again. Still published and still used.</summary>
    Overdue,

    /// <summary>It was never verified.</summary>
    NeverVerified,

    /// <summary>Its contact details changed since the last verification; the new ones were never verified.</summary>
    ChannelsChanged,
}
