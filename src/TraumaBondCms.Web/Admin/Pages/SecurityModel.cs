using Microsoft.AspNetCore.Mvc;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Admin.Pages;

/// <summary>
/// <c>/admin/account/security</c>: the signed-in user's second factor. Setting it up takes the password, then shows the QR
/// code, the <c>otpauth://</c> URI and the key to type in by hand; a first code from the app confirms it and shows the
/// recovery codes, once. Users whose role needs a second factor land here until they have one.
/// </summary>
public sealed class SecurityModel(SecondFactorService secondFactors, SignatureCheck signatures) : AdminPageModel
{
    /// <inheritdoc />
    protected override bool AllowedBeforeSecondFactor => true;

    /// <summary>The user's second factor (confirmed or pending); null when none.</summary>
    public SecondFactor? Factor { get; private set; }

    /// <summary>True when the user must set one up before anything else.</summary>
    public bool MustEnrol => User.HasClaim(c => c.Type == CmsClaimTypes.SecondFactorEnrolment);

    /// <summary>A setup just started: what to put in the app; null otherwise.</summary>
    public SecondFactorEnrolment? Enrolment { get; private set; }

    /// <summary>Recovery codes just issued, shown once; null otherwise.</summary>
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    /// <summary>Why the last step was refused; null when it was not.</summary>
    public string? Error { get; private set; }

    /// <summary>Shows the status.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>Starts a setup with the password re-entered.</summary>
    public async Task<IActionResult> OnPostStartAsync([FromForm] string? password, CancellationToken cancellationToken)
    {
        await RefusedAsync(async () =>
        {
            var user = await SignerAsync(password, null, "set up an authenticator app", cancellationToken);
            Enrolment = await secondFactors.BeginAsync(user, cancellationToken);
        });
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Confirms the setup with a first code; shows the recovery codes.</summary>
    public async Task<IActionResult> OnPostConfirmAsync([FromForm] string? code, CancellationToken cancellationToken)
    {
        await RefusedAsync(async () => RecoveryCodes = await secondFactors.ConfirmAsync(Actor.UserId!, code, cancellationToken));
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Replaces the recovery codes (password and a fresh code).</summary>
    public async Task<IActionResult> OnPostRecoveryCodesAsync([FromForm] string? password, [FromForm] string? code, CancellationToken cancellationToken)
    {
        await RefusedAsync(async () => RecoveryCodes = await secondFactors.RenewRecoveryCodesAsync(await SignerAsync(password, code, "replace your recovery codes", cancellationToken), cancellationToken));
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) => Factor = await secondFactors.GetAsync(Actor.UserId!, cancellationToken);

    private async Task RefusedAsync(Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (WorkflowRefusedException e)
        {
            Error = string.Join(" ", e.Decision.Refusals.Select(r => r.Message));
        }
    }

    private async Task<CmsUser> SignerAsync(string? password, string? code, string action, CancellationToken cancellationToken)
    {
        var signature = await signatures.VerifyAsync(Actor, string.IsNullOrEmpty(password) ? null : password, string.IsNullOrWhiteSpace(code) ? null : code.Trim(), cancellationToken);
        return signature.Wait is { } wait
            ? throw new WorkflowRefusedException(new(null, [SignatureCheck.Throttled(wait)]))
            : signature is { Verified: true, User: { } user } ? user : throw new WorkflowRefusedException(new(null, [SignatureCheck.Refusal(signature.Verified, signature.Problem, action)]));
    }
}
