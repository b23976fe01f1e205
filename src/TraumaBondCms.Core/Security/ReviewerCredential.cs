using System.Globalization;
using TraumaBondCms.Core.Localization;

namespace TraumaBondCms.Core.Security;

/// <summary>
/// A clinical reviewer's professional credential, e.g. <c>LCSW</c>, licence <c>12345</c> issued by the
/// state board, valid until a date, and the languages the reviewer may review in. Approvals copy the credential as it was
/// at signing time. Changing any part of it (languages included) is a change of credential, which a second administrator
/// confirms before it signs again.
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

    /// <summary>
    /// The languages the reviewer may review in, as BCP 47 language ranges (<c>es</c> covers every Spanish culture,
    /// <c>es-MX</c> only Mexican Spanish); empty or null: only the language of the site's default culture, which is what a
    /// credential recorded before localization reviewed.
    /// </summary>
    public IReadOnlyList<string>? Languages { get; init; }

    /// <summary>True when the credential is still valid on <paramref name="today"/>.</summary>
    public bool IsValidOn(DateOnly today) => today <= ExpiresOn;

    /// <summary>The language ranges the reviewer may review in, on a site whose default culture is <paramref name="defaultCulture"/>.</summary>
    public IReadOnlyList<string> LanguagesOn(string defaultCulture) =>
        Languages is { Count: > 0 } listed ? listed : [CultureNames.Language(defaultCulture)];

    /// <summary>True when the reviewer may review content in <paramref name="culture"/> on a site whose default culture is <paramref name="defaultCulture"/>.</summary>
    public bool MayReview(string culture, string defaultCulture) => LanguagesOn(defaultCulture).Any(range => CultureNames.Covers(range, culture));

    /// <inheritdoc />
    public bool Equals(ReviewerCredential? other) =>
        other is not null && Title == other.Title && LicenseNumber == other.LicenseNumber && Issuer == other.Issuer && ExpiresOn == other.ExpiresOn
        && (Languages ?? []).SequenceEqual(other.Languages ?? [], StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Title, LicenseNumber, Issuer, ExpiresOn, Languages?.Count ?? 0);

    /// <summary>A one-line description, e.g. "LCSW, licence 12345 (California BBS), valid to 2027-06-30"; the date is ISO 8601 whatever the current culture.</summary>
    public override string ToString() =>
        $"{Title}, licence {LicenseNumber}{(Issuer is null ? string.Empty : $" ({Issuer})")}, valid to {ExpiresOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
