namespace TraumaBondCms.Data;

/// <summary>Which version of each item a list query reads.</summary>
public enum ContentStatusFilter
{
    /// <summary>Each item's published version; items never published are left out.</summary>
    Published,

    /// <summary>Each item's latest version, published or not.</summary>
    Latest,

    /// <summary>Each item's latest version when it is not published (new items and pending drafts).</summary>
    Draft,
}
