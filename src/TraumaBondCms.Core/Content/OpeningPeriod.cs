namespace TraumaBondCms.Core.Content;

/// <summary>
/// One line of a weekly schedule in an <see cref="ContentFieldKind.Hours"/> value: the days it applies to and the
/// local opening and closing times. A closing time earlier than the opening time runs past midnight into the next day;
/// <c>24:00</c> closes at the end of the day.
/// </summary>
/// <param name="Days">Lower-case three-letter day names (<c>mon</c> ... <c>sun</c>), each at most once.</param>
/// <param name="Opens">Opening time, <c>HH:mm</c> from 00:00 to 23:59.</param>
/// <param name="Closes">Closing time, <c>HH:mm</c> from 00:00 to 24:00, not equal to <paramref name="Opens"/>.</param>
public sealed record OpeningPeriod(IReadOnlyList<string> Days, string Opens, string Closes);
