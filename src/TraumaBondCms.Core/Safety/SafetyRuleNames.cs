namespace TraumaBondCms.Core.Safety;

/// <summary>
/// The stable names of the clinical safety rules, as used in the <c>SafetyRules</c> recipe step and in
/// <see cref="Workflow.CheckFinding.Rule"/>. Documented in <c>docs/safety-checks.md</c>.
/// </summary>
public static class SafetyRuleNames
{
    /// <summary>A number that looks like a helpline matches no verified Resource channel.</summary>
    public const string HelplineNumber = "helpline-number";

    /// <summary>A number or web address is one or two edits away from a Resource's channel (a likely typo).</summary>
    public const string HelplineNearMiss = "helpline-near-miss";

    /// <summary>A link that looks like a helpline (crisis, chat, hotline wording) is not on a verified Resource's site.</summary>
    public const string HelplineLink = "helpline-link";

    /// <summary>A number, link or picked resource belongs to a Resource whose verification is overdue.</summary>
    public const string VerificationOverdue = "verification-overdue";

    /// <summary>An item tagged with, or mentioning, a risk topic links no verified crisis Resource for its region.</summary>
    public const string RiskTopicResource = "risk-topic-resource";

    /// <summary>An item tagged with a risk topic has no content warning.</summary>
    public const string ContentWarning = "content-warning";

    /// <summary>Flesch reading ease or Flesch-Kincaid grade is outside the type's target.</summary>
    public const string Readability = "readability";

    /// <summary>A link is malformed or points at a blocked host.</summary>
    public const string Links = "links";

    /// <summary>Raw HTML in text.</summary>
    public const string RawHtml = "raw-html";

    /// <summary>Promotional text: follow us, music promotion, sales calls to action.</summary>
    public const string Promotional = "promotional";

    /// <summary>A Resource's region is not an ISO 3166 country (with optional subdivision) or GLOBAL.</summary>
    public const string ResourceRegion = "resource-region";

    /// <summary>A crisis Resource has no way to reach it (phone, text, chat) or no hours.</summary>
    public const string ResourceChannels = "resource-channels";

    /// <summary>
    /// An image in a Resource or in an item tagged with a risk topic may show a phone number the number rules cannot read:
    /// a reviewer confirms it against the verified resources.
    /// </summary>
    public const string MediaPhoneCheck = "media-phone-check";

    /// <summary>Every rule name, in the order the rules run.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        HelplineNumber, HelplineNearMiss, HelplineLink, VerificationOverdue, RiskTopicResource, ContentWarning,
        Readability, Links, RawHtml, Promotional, ResourceRegion, ResourceChannels, MediaPhoneCheck,
    ];
}
