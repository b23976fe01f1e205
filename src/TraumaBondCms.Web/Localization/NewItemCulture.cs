namespace TraumaBondCms.Web.Localization;

/// <summary>
/// Where a new item goes among the site's cultures: its <see cref="Culture"/> (null: the default culture) and, for a
/// translation, the item it is translated from and the version of that item it follows (null: the source's published
/// version, else its latest).
/// </summary>
public sealed record NewItemCulture(string? Culture, string? TranslationOf = null, string? SourceVersionId = null);
