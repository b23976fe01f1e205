namespace TraumaBondCms.Core.Safety;

/// <summary>A telephone number found in an item's text, with whether (and why) it looks like a helpline.</summary>
/// <param name="Field">The field it was found in.</param>
/// <param name="Text">The number as written, e.g. <c>1-800-799-7223</c>.</param>
/// <param name="Key">Its identifying digits.</param>
/// <param name="HelplineReason">
/// Why it looks like a helpline ("toll-free number", "short code after 'text'", "number near 'hotline'", "tel: link",
/// "Phone field"); null when it does not, in which case the helpline rules ignore it.
/// </param>
public sealed record PhoneCandidate(string Field, string Text, PhoneNumberKey Key, string? HelplineReason)
{
    /// <summary>True when the helpline rules must check the number.</summary>
    public bool LooksLikeHelpline => HelplineReason is not null;
}
