using System.Globalization;
using System.Text;
using TraumaBondCms.Data.Search;

namespace TraumaBondCms.Web.Search;

/// <summary>
/// The opaque <c>after</c> cursor of a search: the position of the last hit shown. It holds no search text.
/// Base64url of <c>4|score|document</c>.
/// </summary>
public sealed record SearchCursor(SearchPosition Position)
{
    /// <summary>The cursor as sent to clients.</summary>
    public string Encode() =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"4|{Position.Score:R}|{Position.DocumentId}")))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Reads a cursor; throws <see cref="SearchParameterException"/> when it is not one this server wrote.</summary>
    public static SearchCursor Decode(string cursor)
    {
        try
        {
            if (cursor.Length <= 200)
            {
                var padded = cursor.Replace('-', '+').Replace('_', '/');
                padded += new string('=', (4 - (padded.Length % 4)) % 4);
                if (Encoding.UTF8.GetString(Convert.FromBase64String(padded)).Split('|') is ["4", var score, var id]
                    && double.TryParse(score, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && double.IsFinite(s)
                    && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var d))
                {
                    return new SearchCursor(new SearchPosition(s, d));
                }
            }
        }
        catch (FormatException)
        {
            // Not base64: reported below like any other foreign cursor.
        }

        throw new SearchParameterException("after", "after is not a cursor returned by this search; start again without it.");
    }
}
