namespace TraumaBondCms.Web.Admin.Editing;

/// <summary>
/// One use of a media asset in the editor form: the chosen file as <c>{assetId}/{sha256}</c> (empty when none is chosen), and
/// the alt text, caption and credit as typed.
/// </summary>
public sealed record MediaSlot(string File, string Alt, string Caption, string Credit)
{
    /// <summary>A slot with nothing chosen.</summary>
    public static MediaSlot Empty { get; } = new(string.Empty, string.Empty, string.Empty, string.Empty);

    /// <summary>The chosen asset's id; empty when none.</summary>
    public string AssetId => File.Split('/')[0];

    /// <summary>The chosen file's SHA-256; empty when none or when the value names no file.</summary>
    public string Sha256 => File.Split('/') is [_, var sha] ? sha : string.Empty;

    /// <summary>The form value that names <paramref name="assetId"/>'s file <paramref name="sha256"/>.</summary>
    public static string FileValue(string assetId, string sha256) => assetId + "/" + sha256;
}
