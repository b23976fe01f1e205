namespace TraumaBondCms.Web.Safety;

/// <summary>Why a resource is in a crisis routing answer, most specific first.</summary>
public enum CrisisLevel
{
    /// <summary>It serves exactly the subdivision asked for (US-CA).</summary>
    Subdivision,

    /// <summary>It serves the whole country of the region asked for (US).</summary>
    Country,

    /// <summary>It serves every region (region GLOBAL).</summary>
    Global,

    /// <summary>The configured global fallback (a configured resource, or the built-in entry when none is published).</summary>
    Fallback,
}
