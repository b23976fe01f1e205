using System.Globalization;
using System.Text;
using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Data.Sql;

/// <summary>Opaque list cursors: the modification time and version id of the last item of a page, base64url-encoded.</summary>
internal static class ContentCursor
{
    public static string Encode(ContentItem item) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(item.ModifiedUtc.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) + "|" + item.ContentItemVersionId))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Decodes a cursor; false for null or anything malformed (which then reads from the start).</summary>
    public static bool TryDecode(string? cursor, out DateTimeOffset time, out string versionId)
    {
        time = default;
        versionId = string.Empty;
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 200)
        {
            return false;
        }

        try
        {
            var padded = cursor.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - (padded.Length % 4)) % 4);
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(padded)).Split('|');
            if (parts.Length == 2 && DateTimeOffset.TryParse(parts[0], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out time) && ContentIds.IsWellFormed(parts[1]))
            {
                versionId = parts[1];
                return true;
            }
        }
        catch (FormatException)
        {
            // A hand-edited cursor is not an error worth a 500: it is rejected by the caller's validation.
        }

        return false;
    }
}
