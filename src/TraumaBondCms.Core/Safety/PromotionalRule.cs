using System.Text.RegularExpressions;
using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Core.Safety;

/// <summary>
/// <c>promotional</c>: social "follow" calls, platform link lists, music promotion and sales calls to action (free
/// consultations, buy now, discount codes) do not belong in clinical education. One finding per block, quoting it.
/// </summary>
internal sealed partial class PromotionalRule : ISafetyRule
{
    private static readonly (string Kind, Regex Pattern)[] Patterns =
    [
        ("social follow", FollowCall()),
        ("social platforms", PlatformList()),
        ("music promotion", MusicPromotion()),
        ("sales call to action", SalesCall()),
        ("share and save call", ShareCall()),
    ];

    /// <inheritdoc />
    public string Name => SafetyRuleNames.Promotional;

    // "Follow us", "Follow Maren Lull:", "Follow Truthsinside.com for ..."; not "follow the plan".
    [GeneratedRegex(@"\b[Ff]ollow\s+(?:us\b|me\b|@\w+|[A-Z][\w.]*)|\blink in (?:my |our )?bio\b", RegexOptions.CultureInvariant)]
    private static partial Regex FollowCall();

    [GeneratedRegex(@"^\W*(?:spotify|apple music|youtube|audiomack|instagram|tiktok|facebook|soundcloud|patreon|bandcamp|twitter|x|threads)\W*$|\b(?:on|via)\s+(?:spotify|instagram|tiktok|youtube|patreon|onlyfans)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlatformList();

    [GeneratedRegex(@"\b(?:new (?:single|album|ep)|stream (?:it|now|my)|singer-songwriter|(?:her|his|my|our) (?:music|songs|new album)|listen now)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MusicPromotion();

    [GeneratedRegex(@"\b(?:(?:schedule|book)\s+(?:a|an|your)\s+(?:free\s+)?(?:\d+-minute\s+)?(?:consultation|discovery call|strategy call|session)|free consultation|(?:buy|order|shop) now|use (?:code|coupon)|\d+% off|limited[- ]time offer|join (?:my|our) (?:course|program|programme|membership)|sign up (?:now|today))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SalesCall();

    [GeneratedRegex(@"\b(?:save this|like and share|share this post|smash (?:that|the) like)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShareCall();

    // Up to 100 characters of the block, starting a little before the promotional words so they are always shown.
    private static string Excerpt(string text, int at)
    {
        var start = Math.Max(0, Math.Min(at - 20, text.Length - 100));
        start -= start > 0 && char.IsLowSurrogate(text[start]) ? 1 : 0;
        var length = Math.Min(100, text.Length - start);
        length -= length > 0 && char.IsHighSurrogate(text[start + length - 1]) ? 1 : 0;
        return (start > 0 ? "…" : string.Empty) + text.Substring(start, length).Trim() + (start + length < text.Length ? "…" : string.Empty);
    }

    /// <inheritdoc />
    public IEnumerable<CheckFinding> Check(SafetyCheckContext context, CheckSeverity severity)
    {
        foreach (var segment in context.Text.Segments)
        {
            var hit = Patterns.Select(p => (p.Kind, Match: p.Pattern.Match(segment.Text))).FirstOrDefault(p => p.Match.Success);
            if (hit.Kind is not null)
            {
                var excerpt = Excerpt(segment.Text, hit.Match.Index);
                yield return new CheckFinding(Name, severity, $"Promotional text ({hit.Kind}): “{excerpt}”. Remove it, or give a reason why readers need it.", segment.Field);
            }
        }
    }
}
