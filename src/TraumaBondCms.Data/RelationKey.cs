namespace TraumaBondCms.Data;

/// <summary>How a reference field names its targets: ContentPicker fields by item id, Tags fields by slug.</summary>
public enum RelationKey
{
    /// <summary>The field holds content item ids.</summary>
    ById,

    /// <summary>The field holds slugs of items of the taxonomy type.</summary>
    BySlug,
}
