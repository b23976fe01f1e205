using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using TraumaBondCms.Core.Audit;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Data;

namespace TraumaBondCms.Web.Auth;

/// <summary>
/// User account rules inside a write session: names (no control characters), password strength (<see cref="PasswordPolicy"/>)
/// and hashing (ASP.NET Core's <see cref="PasswordHasher{TUser}"/>), roles that exist, and an audit entry for every change.
/// The caller commits. Thread-safe (stateless apart from the hasher).
/// </summary>
public sealed partial class UserAccounts(RoleCatalog roles, TimeProvider clock)
{
    /// <summary>The longest display name or credential text accepted.</summary>
    public const int MaxNameLength = 100;

    /// <summary>The longest name a sign-in may give (user names are at most 64 characters; longer ones cannot exist).</summary>
    public const int MaxSignInNameLength = 64;

    /// <summary>The longest email address accepted (RFC 5321's path limit).</summary>
    public const int MaxEmailLength = 254;

    private static readonly CmsUser Nobody = new() { UserId = "-", UserName = "-", DisplayName = "-", PasswordHash = "-", SecurityStamp = "-", Roles = [], CreatedUtc = DateTimeOffset.UnixEpoch };

    private readonly PasswordHasher<CmsUser> _hasher = new();
    private readonly Lazy<string> _nobodysHash = new(() => new PasswordHasher<CmsUser>().HashPassword(Nobody, GeneratePassword()));

    [GeneratedRegex("^[A-Za-z0-9._@-]{3,64}$")]
    private static partial Regex UserNamePattern();

    /// <summary>Creates a user; throws <see cref="ContentValidationException"/> naming the bad field, or <see cref="DuplicateUserException"/>.</summary>
    public async Task<CmsUser> CreateAsync(IStoreSession session, NewUser request, CmsActor actor, IReadOnlySet<string>? knownRoles = null, CancellationToken cancellationToken = default)
    {
        var errors = new List<FieldError>();
        if (!UserNamePattern().IsMatch(request.UserName))
        {
            errors.Add(new FieldError("userName", "A user name is 3–64 letters, digits, '.', '-', '_' or '@'."));
        }

        CheckName("displayName", request.DisplayName, errors);
        CheckPassword(request.Password, errors, request.UserName, request.DisplayName, await SiteNameAsync(session, cancellationToken));
        CheckRoles(request.Roles, knownRoles, errors);
        CheckCredential(request.Credential, errors);
        if (errors.Count > 0)
        {
            throw new ContentValidationException(errors);
        }

        var user = new CmsUser
        {
            UserId = ContentIds.New(),
            UserName = request.UserName,
            DisplayName = string.IsNullOrWhiteSpace(request.DisplayName) ? request.UserName : request.DisplayName.Trim(),
            Email = request.Email,
            PasswordHash = string.Empty,
            SecurityStamp = NewStamp(),
            Roles = request.Roles.Distinct(StringComparer.Ordinal).ToArray(),
            Credential = request.Credential,
            CreatedUtc = clock.GetUtcNow(),
            CreatedBy = actor.AuditName,
        };
        user = CredentialGrants.Track(user, null, roles, actor, clock.GetUtcNow());
        user = user with { PasswordHash = _hasher.HashPassword(user, request.Password) };
        await session.Users.InsertAsync(user, cancellationToken);
        await AuditAsync(session, actor, user, "created", cancellationToken);
        return user;
    }

    /// <summary>Sets a new password; tokens and cookies issued before stop working.</summary>
    public async Task<CmsUser> SetPasswordAsync(IStoreSession session, CmsUser user, string password, CmsActor actor, CancellationToken cancellationToken = default)
    {
        var errors = new List<FieldError>();
        CheckPassword(password, errors, user.UserName, user.DisplayName, await SiteNameAsync(session, cancellationToken));
        if (errors.Count > 0)
        {
            throw new ContentValidationException(errors);
        }

        var changed = user with { PasswordHash = _hasher.HashPassword(user, password), SecurityStamp = NewStamp(), FailedSignIns = 0, LockoutEndUtc = null };
        await session.Users.UpdateAsync(changed, cancellationToken);
        await AuditAsync(session, actor, changed, "password set", cancellationToken);
        return changed;
    }

    /// <summary>
    /// Applies <paramref name="change"/> (members left null keep their value) and audits what changed, one entry whichever
    /// way the change came (PUT, PATCH, admin form, recipe). A change of roles or of the disabled flag changes the security
    /// stamp, so the user's tokens and cookies stop working at once. Returns the user unchanged when nothing differs.
    /// </summary>
    public async Task<CmsUser> ChangeAsync(IStoreSession session, CmsUser user, UserChange change, CmsActor actor, IReadOnlySet<string>? knownRoles = null, CancellationToken cancellationToken = default)
    {
        var errors = new List<FieldError>();
        CheckRoles(change.Roles ?? [], knownRoles, errors);
        if (change.DisplayName is not null && string.IsNullOrWhiteSpace(change.DisplayName))
        {
            errors.Add(new FieldError("displayName", "A display name cannot be empty."));
        }

        CheckName("displayName", change.DisplayName, errors);
        CheckCredential(change.SetsCredential ? change.Credential : null, errors);
        var email = change.SetsEmail && !string.IsNullOrWhiteSpace(change.Email) ? change.Email.Trim() : null;
        if (email is not null && (email.Length > MaxEmailLength || !email.Contains('@', StringComparison.Ordinal) || email.Any(char.IsWhiteSpace)))
        {
            errors.Add(new FieldError("email", $"An email address has an @, no spaces and at most {MaxEmailLength} characters."));
        }

        if (errors.Count > 0)
        {
            throw new ContentValidationException(errors);
        }

        var roleNames = change.Roles?.Distinct(StringComparer.Ordinal).ToArray() ?? user.Roles;
        var changed = user with
        {
            Roles = roleNames,
            DisplayName = change.DisplayName?.Trim() ?? user.DisplayName,
            Credential = change.SetsCredential ? change.Credential : user.Credential,
            Disabled = change.Disabled ?? user.Disabled,
            Email = change.SetsEmail ? email : user.Email,
        };
        var what = new List<string>();
        var rolesChanged = !roleNames.Order(StringComparer.Ordinal).SequenceEqual(user.Roles.Order(StringComparer.Ordinal), StringComparer.Ordinal);
        Note(what, rolesChanged, "roles");
        Note(what, changed.DisplayName != user.DisplayName, "display name");
        Note(what, changed.Credential != user.Credential, "credential");
        Note(what, changed.Email != user.Email, "email");
        Note(what, changed.Disabled != user.Disabled, changed.Disabled ? "disabled" : "enabled");
        if (what.Count == 0)
        {
            return user;
        }

        changed = changed with { SecurityStamp = rolesChanged || changed.Disabled != user.Disabled ? NewStamp() : user.SecurityStamp };
        changed = CredentialGrants.Track(changed, user, roles, actor, clock.GetUtcNow());
        await session.Users.UpdateAsync(changed, cancellationToken);
        await AuditAsync(session, actor, changed, "changed: " + string.Join(", ", what), cancellationToken);
        return changed;
    }

    /// <summary>True when <paramref name="password"/> is the user's password.</summary>
    public bool VerifyPassword(CmsUser user, string password) =>
        _hasher.VerifyHashedPassword(user, user.PasswordHash, password) != PasswordVerificationResult.Failed;

    /// <summary>False, after the same hashing work as <see cref="VerifyPassword"/>: a sign-in as an unknown user takes as long as a wrong password.</summary>
    public bool VerifyUnknownUser(string password)
    {
        _ = _hasher.VerifyHashedPassword(Nobody, _nobodysHash.Value, password);
        return false;
    }

    /// <summary>Refuses a sign-in name that no user can have because of its characters or length (400, naming <c>username</c>), before anything is looked up.</summary>
    public static void CheckSignInName(string userName)
    {
        if (UnsafeCharacters.FindIn(userName) is { } found)
        {
            throw ContentValidationException.For("username", $"A user name holds no control characters; this one has {found}.");
        }

        if (userName.Trim().Length > MaxSignInNameLength)
        {
            throw ContentValidationException.For("username", $"A user name has at most {MaxSignInNameLength} characters.");
        }
    }

    /// <summary>A strong random password for generated accounts (24 characters).</summary>
    public static string GeneratePassword() =>
        RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!", 24);

    private void CheckRoles(IReadOnlyList<string> roleNames, IReadOnlySet<string>? knownRoles, List<FieldError> errors)
    {
        foreach (var role in roleNames)
        {
            if (!(knownRoles?.Contains(role) ?? roles.Exists(role)))
            {
                errors.Add(new FieldError("roles", $"Role '{AuditText.Bounded(role, 64)}' is not defined."));
            }
        }
    }

    private static void CheckPassword(string password, List<FieldError> errors, params string?[] context) =>
        errors.AddRange(PasswordPolicy.Problems(password, ["traumabond", .. context]).Select(problem => new FieldError("password", problem)));

    private static void CheckName(string field, string? text, List<FieldError> errors)
    {
        if (text is null)
        {
            return;
        }

        if (UnsafeCharacters.FindIn(text) is { } found)
        {
            errors.Add(new FieldError(field, $"A name holds no control characters; this one has {found}."));
        }
        else if (text.Trim().Length > MaxNameLength)
        {
            errors.Add(new FieldError(field, $"A name has at most {MaxNameLength} characters."));
        }
    }

    private static void CheckCredential(ReviewerCredential? credential, List<FieldError> errors)
    {
        if (credential is not null)
        {
            CheckName("credential.title", credential.Title, errors);
            CheckName("credential.licenseNumber", credential.LicenseNumber, errors);
            CheckName("credential.issuer", credential.Issuer, errors);
            foreach (var language in (credential.Languages ?? []).Where(l => Core.Localization.CultureNames.Normalize(l) is null))
            {
                errors.Add(new FieldError("credential.languages", $"'{language}' is not a language tag (e.g. en, es, es-MX)."));
            }
        }
    }

    private static void Note(List<string> what, bool changed, string name)
    {
        if (changed)
        {
            what.Add(name);
        }
    }

    private static async Task<string?> SiteNameAsync(IStoreSession session, CancellationToken cancellationToken)
    {
        if (!(await session.Site.GetSettingsAsync(cancellationToken)).TryGetValue("SiteName", out var json))
        {
            return null;
        }

        using var value = JsonDocument.Parse(json);
        return value.RootElement.ValueKind == JsonValueKind.String ? value.RootElement.GetString() : null;
    }

    private async Task AuditAsync(IStoreSession session, CmsActor actor, CmsUser user, string what, CancellationToken cancellationToken) =>
        await session.Audit.AppendAsync(
            new AuditEntry
            {
                OccurredUtc = clock.GetUtcNow(),
                Actor = actor.UserName,
                Action = what == "created" ? AuditActions.UserCreated : AuditActions.UserChanged,
                Reason = what,
                Details = JsonSerializer.Serialize(new { user = user.UserName, roles = user.Roles, credential = user.Credential?.ToString(), credentialConfirmed = user.CredentialConfirmed, disabled = user.Disabled }),
            },
            cancellationToken);

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}
