namespace TraumaBondCms.Core.Security;

/// <summary>One recovery code of a <see cref="SecondFactor"/>: its SHA-256 hash (hex) and when it was used (null while unused).</summary>
public sealed record RecoveryCode(string Hash, DateTimeOffset? UsedUtc);
