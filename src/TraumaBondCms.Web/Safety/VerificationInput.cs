using TraumaBondCms.Core.Safety;

namespace TraumaBondCms.Web.Safety;

/// <summary>What a person states when verifying a resource's contact details.</summary>
public sealed record VerificationInput
{
    /// <summary>The version checked: a number, a version id, <c>latest</c> or <c>published</c>; null for the published version (else the latest).</summary>
    public string? Version { get; init; }

    /// <summary>How the details were checked; required.</summary>
    public VerificationMethod? Method { get; init; }

    /// <summary>When the check was made; null for now. Never in the future.</summary>
    public DateTimeOffset? CheckedUtc { get; init; }

    /// <summary>What was checked, in the verifier's words; null for none.</summary>
    public string? Note { get; init; }

    /// <summary>The verifier's password, re-entered: a verification is a signed statement.</summary>
    public string? Password { get; init; }

    /// <summary>A fresh code from the verifier's authenticator app (or a recovery code), beside the password, when they have a second factor.</summary>
    public string? Code { get; init; }
}
