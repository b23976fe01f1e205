namespace TraumaBondCms.Web.Admin;

/// <summary>One choice of a picker: the stored value (a slug or an item id), the label shown, and an optional detail (the item's type).</summary>
public sealed record PickerChoice(string Value, string Label, string? Detail);
