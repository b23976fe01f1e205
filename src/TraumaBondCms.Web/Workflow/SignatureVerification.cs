using TraumaBondCms.Core.Security;

namespace TraumaBondCms.Web.Workflow;

/// <summary>What <see cref="SignatureCheck.VerifyAsync"/> found.</summary>
/// <param name="Verified">Null when no password was given; true when every identification component is right; false otherwise.</param>
/// <param name="User">The signer as stored; null when unknown.</param>
/// <param name="Wait">How long the signer must wait after too many wrong attempts (nothing was checked); null otherwise.</param>
/// <param name="Problem">What is missing or wrong about the second factor; null when nothing is (or the password was wrong).</param>
/// <param name="SignedWith">The components given, as the signature records them, e.g. <c>password+totp</c>.</param>
public sealed record SignatureVerification(bool? Verified, CmsUser? User, TimeSpan? Wait, string? Problem, string SignedWith);
