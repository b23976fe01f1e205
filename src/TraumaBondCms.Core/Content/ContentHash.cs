using System.Security.Cryptography;
using System.Text;

namespace TraumaBondCms.Core.Content;

/// <summary>
/// The content hash of a version: SHA-256 over its content type and the canonical JSON of its fields,
/// written <c>sha256:&lt;64 hex digits&gt;</c>. Approvals sign this value, so it must change whenever a reader
/// could see a difference, and never otherwise.
/// </summary>
public static class ContentHash
{
    /// <summary>Computes the hash of <paramref name="fields"/> as content of <paramref name="contentType"/>.</summary>
    public static string Compute(string contentType, ContentFields fields)
    {
        var payload = contentType + "\n" + fields.ToCanonicalJson();
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(payload));
        return "sha256:" + Convert.ToHexStringLower(digest);
    }
}
