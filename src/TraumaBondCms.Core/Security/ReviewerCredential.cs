using System.Globalization;

namespace TraumaBondCms.Core.Security;

/// <summary>
/// A clinical reviewer's professional credential, e.g. <c>LCSW</c>, licence <c>12345</c> issued by the
/// state board, valid until a date. Approvals copy the credential as it was at signing time.
/// </summary>
public sealed record ReviewerCredential
{
    /// <summary>The credential's title, e.g. "LCSW", "PsyD, licensed psychologist".</summary>
    public required string Title { get; init; }

    /// <summary>The licence or registration number.</summary>
    public required string LicenseNumber { get; init; }

    /// <summary>Who issued it, e.g. "California Board of Behavioral Sciences"; null when not recorded.</summary>
    public string? Issuer { get; init; }

    /// <summary>The last day the credential is valid (inclusive).</summary>
    public required DateOnly ExpiresOn { get; init; }

    /// <summary>True when the credential is still valid on <paramref name="today"/>.</summary>
    public bool IsValidOn(DateOnly today) => today <= ExpiresOn;

    /// <summary>A one-line description, e.g. "LCSW, licence 12345 (California BBS), valid to 2027-06-30"; the date is ISO 8601 whatever the current culture.</summary>
    public override string ToString() =>
        $"{Title}, licence {LicenseNumber}{(Issuer is null ? string.Empty : $" ({Issuer})")}, valid to {ExpiresOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
