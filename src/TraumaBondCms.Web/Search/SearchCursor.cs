using System.Globalization;
using System.Text;
using TraumaBondCms.Data.Search;

namespace TraumaBondCms.Web.Search;

/// <summary>
/// The opaque <c>after</c> cursor of a search: the tier the next page continues in (1: items matching every word,
/// 2: items matching some) and the position of the last hit shown in that tier (null: the tier's start). It holds no
/// search text. Base64url of <c>2|tier|score|document</c>.
/// </summary>
public sealed record SearchCursor(int Tier, SearchPosition? Position)
{
    /// <summary>The cursor as sent to clients.</summary>
    public string Encode() =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Position is { } p
                ? string.Create(CultureInfo.InvariantCulture, $"2|{Tier}|{p.Score:R}|{p.DocumentId}")
                : $"2|{Tier}|-|-"))
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
                var parts = Encoding.UTF8.GetString(Convert.FromBase64String(padded)).Split('|');
                if (parts is ["2", "1" or "2", var score, var id])
                {
                    var tier = parts[1] == "1" ? 1 : 2;
                    if (score == "-" && id == "-")
                    {
                        return new SearchCursor(tier, null);
                    }

                    if (double.TryParse(score, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && double.IsFinite(s)
                        && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var d))
                    {
                        return new SearchCursor(tier, new SearchPosition(s, d));
                    }
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
