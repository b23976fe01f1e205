namespace TraumaBondCms.Data;

/// <summary>
/// A preview token as stored: only the SHA-256 hash of the secret is kept, never the secret itself. A token lets a
/// front end read drafts without a CMS account, for one item (<see cref="ContentItemId"/>) or all drafts (null),
/// until it expires or is revoked.
/// </summary>
public sealed record PreviewToken
{
    /// <summary>The token's public id (used to list and revoke it).</summary>
    public required string TokenId { get; init; }

    /// <summary>Lower-case hex SHA-256 of the secret token text.</summary>
    public required string TokenHash { get; init; }

    /// <summary>The one item the token previews; null for every draft.</summary>
    public string? ContentItemId { get; init; }

    /// <summary>What it is for (e.g. "Dr. Okafor reviewing the leaving article"); null for none.</summary>
    public string? Label { get; init; }

    /// <summary>The user name of who created it.</summary>
    public required string CreatedBy { get; init; }

    /// <summary>When it was created.</summary>
    public required DateTimeOffset CreatedUtc { get; init; }

    /// <summary>When it stops working.</summary>
    public required DateTimeOffset ExpiresUtc { get; init; }

    /// <summary>When it was revoked; null while not revoked.</summary>
    public DateTimeOffset? RevokedUtc { get; init; }

    /// <summary>Who revoked it; null while not revoked.</summary>
    public string? RevokedBy { get; init; }

    /// <summary>True when the token works at <paramref name="now"/>: not revoked and not expired.</summary>
    public bool IsActiveAt(DateTimeOffset now) => RevokedUtc is null && now < ExpiresUtc;
}
