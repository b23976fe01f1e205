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
/// User account rules inside a write session: names, password strength and hashing (ASP.NET Core's
/// <see cref="PasswordHasher{TUser}"/>), roles that exist, and an audit entry for every change. The caller
/// commits. Thread-safe (stateless apart from the hasher).
/// </summary>
public sealed partial class UserAccounts(RoleCatalog roles, TimeProvider clock)
{
    /// <summary>The shortest password accepted.</summary>
    public const int MinPasswordLength = 10;

    private readonly PasswordHasher<CmsUser> _hasher = new();

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

        CheckPassword(request.Password, errors);
        CheckRoles(request.Roles, knownRoles, errors);
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
        await AuditAsync(session, AuditActions.UserCreated, actor, user, "created", cancellationToken);
        return user;
    }

    /// <summary>Sets a new password; tokens and cookies issued before stop working.</summary>
    public async Task<CmsUser> SetPasswordAsync(IStoreSession session, CmsUser user, string password, CmsActor actor, CancellationToken cancellationToken = default)
    {
        var errors = new List<FieldError>();
        CheckPassword(password, errors);
        if (errors.Count > 0)
        {
            throw new ContentValidationException(errors);
        }

        var changed = user with { PasswordHash = _hasher.HashPassword(user, password), SecurityStamp = NewStamp(), FailedSignIns = 0, LockoutEndUtc = null };
        await session.Users.UpdateAsync(changed, cancellationToken);
        await AuditAsync(session, AuditActions.UserChanged, actor, changed, "password set", cancellationToken);
        return changed;
    }

    /// <summary>Replaces roles, display name and credential; a change of roles invalidates earlier tokens.</summary>
    public async Task<CmsUser> UpdateProfileAsync(IStoreSession session, CmsUser user, IReadOnlyList<string> roleNames, string? displayName, ReviewerCredential? credential, CmsActor actor, IReadOnlySet<string>? knownRoles = null, CancellationToken cancellationToken = default)
    {
        var errors = new List<FieldError>();
        CheckRoles(roleNames, knownRoles, errors);
        if (errors.Count > 0)
        {
            throw new ContentValidationException(errors);
        }

        var rolesChanged = !roleNames.Order(StringComparer.Ordinal).SequenceEqual(user.Roles.Order(StringComparer.Ordinal), StringComparer.Ordinal);
        var changed = user with
        {
            Roles = roleNames.Distinct(StringComparer.Ordinal).ToArray(),
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? user.DisplayName : displayName.Trim(),
            Credential = credential,
            SecurityStamp = rolesChanged ? NewStamp() : user.SecurityStamp,
        };
        if (!rolesChanged && changed.DisplayName == user.DisplayName && changed.Credential == user.Credential)
        {
            return user;
        }

        changed = CredentialGrants.Track(changed, user, roles, actor, clock.GetUtcNow());

        await session.Users.UpdateAsync(changed, cancellationToken);
        await AuditAsync(session, AuditActions.UserChanged, actor, changed, "profile changed", cancellationToken);
        return changed;
    }

    /// <summary>True when <paramref name="password"/> is the user's password.</summary>
    public bool VerifyPassword(CmsUser user, string password) =>
        _hasher.VerifyHashedPassword(user, user.PasswordHash, password) != PasswordVerificationResult.Failed;

    /// <summary>A strong random password for generated accounts (24 characters).</summary>
    public static string GeneratePassword() =>
        RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!", 24);

    private void CheckRoles(IReadOnlyList<string> roleNames, IReadOnlySet<string>? knownRoles, List<FieldError> errors)
    {
        foreach (var role in roleNames)
        {
            if (!(knownRoles?.Contains(role) ?? roles.Exists(role)))
            {
                errors.Add(new FieldError("roles", $"Role '{role}' is not defined."));
            }
        }
    }

    private static void CheckPassword(string password, List<FieldError> errors)
    {
        if (password.Length < MinPasswordLength)
        {
            errors.Add(new FieldError("password", $"A password has at least {MinPasswordLength} characters."));
        }
    }

    private async Task AuditAsync(IStoreSession session, string action, CmsActor actor, CmsUser user, string what, CancellationToken cancellationToken) =>
        await session.Audit.AppendAsync(
            new AuditEntry
            {
                OccurredUtc = clock.GetUtcNow(),
                Actor = actor.UserName,
                Action = action,
                Reason = what,
                Details = JsonSerializer.Serialize(new { user = user.UserName, roles = user.Roles, credential = user.Credential?.ToString(), credentialConfirmed = user.CredentialConfirmed }),
            },
            cancellationToken);

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}
