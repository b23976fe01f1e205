using System.Globalization;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Security;

namespace TraumaBondCms.Web.Admin;

/// <summary>The fields of the user forms (create and edit), bound from the posted form; the password travels separately and is never kept.</summary>
public sealed class UserForm
{
    /// <summary>The sign-in name (create only).</summary>
    public string? UserName { get; set; }

    /// <summary>The shown name.</summary>
    public string? DisplayName { get; set; }

    /// <summary>Contact address; blank for none.</summary>
    public string? Email { get; set; }

    /// <summary>The roles ticked.</summary>
    public List<string> Roles { get; set; } = [];

    /// <summary>Credential title, e.g. LCSW; blank for no credential.</summary>
    public string? CredentialTitle { get; set; }

    /// <summary>Licence number.</summary>
    public string? LicenseNumber { get; set; }

    /// <summary>Who issued the licence.</summary>
    public string? Issuer { get; set; }

    /// <summary>The last valid day, <c>yyyy-MM-dd</c>.</summary>
    public string? ExpiresOn { get; set; }

    /// <summary>The languages the reviewer may review in, comma-separated language tags (e.g. <c>en, es</c>); blank for the site's default language.</summary>
    public string? ReviewLanguages { get; set; }

    /// <summary>The account is disabled (edit only).</summary>
    public bool Disabled { get; set; }

    /// <summary>The credential entered; null when the title is blank. Throws <see cref="ContentValidationException"/> for an incomplete one.</summary>
    public ReviewerCredential? ToCredential()
    {
        if (string.IsNullOrWhiteSpace(CredentialTitle))
        {
            return null;
        }

        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(LicenseNumber))
        {
            errors.Add(new FieldError("credential", "A credential needs a licence number."));
        }

        if (!DateOnly.TryParseExact(ExpiresOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expires))
        {
            errors.Add(new FieldError("credential", "A credential needs the date it expires."));
        }

        if (errors.Count > 0)
        {
            throw new ContentValidationException(errors);
        }

        return new ReviewerCredential
        {
            Title = CredentialTitle.Trim(),
            LicenseNumber = LicenseNumber!.Trim(),
            Issuer = string.IsNullOrWhiteSpace(Issuer) ? null : Issuer.Trim(),
            ExpiresOn = expires,
            Languages = string.IsNullOrWhiteSpace(ReviewLanguages) ? null : ReviewLanguages.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        };
    }

    /// <summary>The form showing <paramref name="user"/>.</summary>
    public static UserForm From(CmsUser user) => new()
    {
        UserName = user.UserName,
        DisplayName = user.DisplayName,
        Email = user.Email,
        Roles = [.. user.Roles],
        CredentialTitle = user.Credential?.Title,
        LicenseNumber = user.Credential?.LicenseNumber,
        Issuer = user.Credential?.Issuer,
        ExpiresOn = user.Credential?.ExpiresOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ReviewLanguages = user.Credential?.Languages is { Count: > 0 } languages ? string.Join(", ", languages) : null,
        Disabled = user.Disabled,
    };
}
