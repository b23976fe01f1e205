using System.Text.Json;
using TraumaBondCms.Data.Media;

namespace TraumaBondCms.Web.Admin;

/// <summary>One Media value to show as readers would get it (images at <paramref name="Width"/> pixels, documents as links), with the alt text written out for the reviewer.</summary>
public sealed record MediaUsesView(JsonElement? Value, IReadOnlyDictionary<string, MediaFile> Files, int Width = 480);
