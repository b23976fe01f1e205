namespace TraumaBondCms.Web.Signing;

/// <summary>The <c>Cms:Signing</c> section: where the server's signing keys live, and which other instances' keys are trusted.</summary>
public sealed class SigningOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string Section = "Cms:Signing";

    /// <summary>
    /// The key file (private keys; never in the database). Relative to the data folder unless absolute; default
    /// <c>keys/signing-keys.json</c> in the data folder (the folder of secrets that stay outside the database). Nodes that share one database must share one key file (a path on
    /// shared storage or a mounted secret), or they could not check each other's approvals.
    /// </summary>
    public string KeyPath { get; set; } = Path.Combine("keys", "signing-keys.json");

    /// <summary>
    /// A JSON Web Key Set of other instances whose approvals an import accepts (save another instance's
    /// <c>/.well-known/tbcms-signing-keys</c> to a file); null trusts only this instance's own keys.
    /// </summary>
    public string? TrustedKeysPath { get; set; }
}
