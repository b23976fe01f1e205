namespace TraumaBondCms.Data.Search;

/// <summary>Which index a search reads.</summary>
public enum SearchScope
{
    /// <summary>Published versions of live items: what readers may find.</summary>
    Public,

    /// <summary>Latest versions of live items, drafts included: for people allowed to view drafts.</summary>
    Editorial,
}
