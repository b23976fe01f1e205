using System.Globalization;
using System.Text.Json;

namespace TraumaBondCms.Core.Content;

/// <summary>
/// The value of an <see cref="ContentFieldKind.Hours"/> field: when a service can be reached. Either open around the
/// clock, <c>{ "alwaysOpen": true }</c>, or a weekly schedule in an IANA time zone,
/// <c>{ "timeZone": "Europe/London", "weekly": [{ "days": ["mon", "tue"], "opens": "09:00", "closes": "17:00" }] }</c>;
/// both may carry a short <c>note</c> (e.g. "Closed on public holidays"). Immutable.
/// </summary>
public sealed record OpeningHours
{
    /// <summary>The day names a schedule uses, Monday first.</summary>
    public static IReadOnlyList<string> DayNames { get; } = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    /// <summary>The longest note accepted, in characters.</summary>
    public const int MaxNoteLength = 200;

    /// <summary>Open 24 hours a day, 7 days a week.</summary>
    public bool AlwaysOpen { get; init; }

    /// <summary>The IANA time zone of the schedule (e.g. <c>America/New_York</c>); null when always open.</summary>
    public string? TimeZone { get; init; }

    /// <summary>The weekly schedule; empty when always open.</summary>
    public IReadOnlyList<OpeningPeriod> Weekly { get; init; } = [];

    /// <summary>A short note for readers; null for none.</summary>
    public string? Note { get; init; }

    /// <summary>
    /// Reads a JSON value. Returns null and sets <paramref name="problem"/> (a sentence saying what is wrong) when the
    /// value is not valid hours; the time zone must be one the server's time zone database knows.
    /// </summary>
    public static OpeningHours? TryParse(JsonElement value, out string? problem)
    {
        problem = Check(value);
        return problem is null ? Read(value) : null;
    }

    /// <summary>A one-line description, e.g. "24/7" or "mon-fri 09:00-17:00 (Europe/London)".</summary>
    public string Describe()
    {
        var text = AlwaysOpen ? "24/7" : $"{string.Join(", ", Weekly.Select(p => $"{string.Join("/", p.Days)} {p.Opens}-{p.Closes}"))} ({TimeZone})";
        return Note is null ? text : $"{text}; {Note}";
    }

    private static string? Check(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return "expects an object: { \"alwaysOpen\": true } or { \"timeZone\": \"Europe/London\", \"weekly\": [{ \"days\": [\"mon\"], \"opens\": \"09:00\", \"closes\": \"17:00\" }] }";
        }

        foreach (var property in value.EnumerateObject())
        {
            if (property.Name is not ("alwaysOpen" or "timeZone" or "weekly" or "note"))
            {
                return $"has an unknown property '{property.Name}' (hours have alwaysOpen, timeZone, weekly and note)";
            }
        }

        if (value.TryGetProperty("note", out var note) && (note.ValueKind != JsonValueKind.String || note.GetString()!.Length > MaxNoteLength))
        {
            return $"note must be a string of at most {MaxNoteLength} characters";
        }

        var alwaysOpen = value.TryGetProperty("alwaysOpen", out var always) ? always.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => (bool?)null,
        } : false;
        if (alwaysOpen is null)
        {
            return "alwaysOpen must be true or false";
        }

        if (alwaysOpen.Value)
        {
            return value.TryGetProperty("timeZone", out _) || value.TryGetProperty("weekly", out _)
                ? "is either alwaysOpen or a weekly schedule with a time zone, not both"
                : null;
        }

        return CheckSchedule(value);
    }

    private static string? CheckSchedule(JsonElement value)
    {
        if (!value.TryGetProperty("timeZone", out var zone) || zone.ValueKind != JsonValueKind.String || !IsKnownTimeZone(zone.GetString()!))
        {
            return "needs a timeZone that is an IANA time zone id such as 'America/New_York' (or alwaysOpen: true)";
        }

        if (!value.TryGetProperty("weekly", out var weekly) || weekly.ValueKind != JsonValueKind.Array || weekly.GetArrayLength() == 0)
        {
            return "needs a weekly schedule: a non-empty array of { days, opens, closes }";
        }

        var index = 0;
        foreach (var period in weekly.EnumerateArray())
        {
            if (CheckPeriod(period) is { } problem)
            {
                return $"weekly[{index}] {problem}";
            }

            index++;
        }

        return null;
    }

    private static string? CheckPeriod(JsonElement period)
    {
        if (period.ValueKind != JsonValueKind.Object || period.EnumerateObject().Any(p => p.Name is not ("days" or "opens" or "closes")))
        {
            return "must be an object with days, opens and closes only";
        }

        if (!period.TryGetProperty("days", out var days) || days.ValueKind != JsonValueKind.Array || days.GetArrayLength() == 0)
        {
            return "needs days: a non-empty array of mon, tue, wed, thu, fri, sat, sun";
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var day in days.EnumerateArray())
        {
            if (day.ValueKind != JsonValueKind.String || !DayNames.Contains(day.GetString()!, StringComparer.Ordinal) || !seen.Add(day.GetString()!))
            {
                return "days must be distinct names among mon, tue, wed, thu, fri, sat, sun";
            }
        }

        var opens = Time(period, "opens", allowEndOfDay: false);
        var closes = Time(period, "closes", allowEndOfDay: true);
        if (opens is null || closes is null)
        {
            return "needs opens (00:00-23:59) and closes (00:00-24:00) written HH:mm";
        }

        return opens == closes ? "opens and closes at the same time; use alwaysOpen for 24/7 services" : null;
    }

    private static int? Time(JsonElement period, string name, bool allowEndOfDay)
    {
        if (!period.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var text = value.GetString()!;
        if (allowEndOfDay && text == "24:00")
        {
            return 24 * 60;
        }

        return text.Length == 5 && TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? (time.Hour * 60) + time.Minute
            : null;
    }

    // Windows-style ids ("Eastern Standard Time") convert on some platforms; only IANA ids ("Area/City" or UTC) are
    // accepted so that stored values mean the same on every server.
    private static bool IsKnownTimeZone(string id) =>
        (id == "UTC" || id.Contains('/', StringComparison.Ordinal)) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);

    private static OpeningHours Read(JsonElement value)
    {
        var note = value.TryGetProperty("note", out var n) ? n.GetString() : null;
        if (value.TryGetProperty("alwaysOpen", out var always) && always.ValueKind == JsonValueKind.True)
        {
            return new OpeningHours { AlwaysOpen = true, Note = note };
        }

        return new OpeningHours
        {
            TimeZone = value.GetProperty("timeZone").GetString(),
            Weekly = value.GetProperty("weekly").EnumerateArray()
                .Select(p => new OpeningPeriod(
                    p.GetProperty("days").EnumerateArray().Select(d => d.GetString()!).ToArray(),
                    p.GetProperty("opens").GetString()!,
                    p.GetProperty("closes").GetString()!))
                .ToArray(),
            Note = note,
        };
    }
}
