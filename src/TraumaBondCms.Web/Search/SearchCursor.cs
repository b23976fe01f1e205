using System.Globalization;
using System.Text;
using TraumaBondCms.Data.Search;

namespace TraumaBondCms.Web.Search;

/// <summary>
/// The opaque <c>after</c> cursor of a search: the tier the next page continues in (1: items matching every word,
/// 2: items matching some), whether tier 2 follows tier 1 (<see cref="Fill"/>: tier 1 found few items), and the position of
/// the last hit shown in that tier (null: the tier's start). It holds no search text. Base64url of <c>3|tier|fill|score|document</c>.
/// </summary>
public sealed record SearchCursor(int Tier, bool Fill, SearchPosition? Position)
{
    /// <summary>The cursor as sent to clients.</summary>
    public string Encode() =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Position is { } p
                ? string.Create(CultureInfo.InvariantCulture, $"3|{Tier}|{(Fill ? 1 : 0)}|{p.Score:R}|{p.DocumentId}")
                : $"3|{Tier}|{(Fill ? 1 : 0)}|-|-"))
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
                if (parts is ["3", "1" or "2", "0" or "1", var score, var id])
                {
                    var (tier, fill) = (parts[1] == "1" ? 1 : 2, parts[2] == "1");
                    if (score == "-" && id == "-")
                    {
                        return new SearchCursor(tier, fill, null);
                    }

                    if (double.TryParse(score, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && double.IsFinite(s)
                        && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var d))
                    {
                        return new SearchCursor(tier, fill, new SearchPosition(s, d));
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
