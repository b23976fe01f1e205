using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Web.Content;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Admin.Pages;

/// <summary>
/// <c>/admin/items/{id}/publishing</c>: scheduled publish and unpublish (checked now by <see cref="ScheduleService"/>, re-checked
/// when due), cancelling a schedule, the publish and emergency-unpublish actions, and preview links for external reviewers
/// when an <see cref="IPreviewTokenIssuer"/> is installed: a link to the front end's preview address
/// (<see cref="AdminOptions.PreviewUrl"/>) shown once, to copy, with its expiry, and the item's active links to revoke.
/// </summary>
public sealed class PublishingModel(AdminReadService reads, ScheduleService schedules, IEnumerable<IPreviewTokenIssuer> issuers, IOptions<AdminOptions> options) : AdminPageModel
{
    /// <summary>The item.</summary>
    public ItemView View { get; private set; } = null!;

    /// <summary>True when preview tokens can be issued (the GraphQL API's issuer is installed).</summary>
    public bool PreviewTokensAvailable => issuers.Any();

    /// <summary>A token just issued, shown once; null otherwise.</summary>
    public PreviewToken? IssuedToken { get; private set; }

    /// <summary>The front-end address of <see cref="IssuedToken"/>; null when no preview address is configured.</summary>
    public string? IssuedUrl { get; private set; }

    /// <summary>The item's preview links that still work (for those who may create and revoke them).</summary>
    public IReadOnlyList<PreviewLink> ActiveLinks { get; private set; } = [];

    /// <summary>True when links go to a configured front end (else the bare token is handed out).</summary>
    public bool PreviewUrlConfigured => options.Value.PreviewUrlFor("t", "i", null, "T") is not null;

    /// <summary>Shows the page.</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!Actor.Has(Permissions.ViewDrafts))
        {
            return Denied(Permissions.ViewDrafts);
        }

        View = await reads.ItemAsync(id, Actor, cancellationToken);
        await LoadLinksAsync(cancellationToken);
        return Page();
    }

    /// <summary>
    /// Schedules a publish or unpublish at <paramref name="at"/>, a time in UTC (<c>yyyy-MM-ddTHH:mm</c>), then goes back to
    /// <paramref name="returnUrl"/> (the dashboard's ready-to-publish card) or this page.
    /// </summary>
    public async Task<IActionResult> OnPostScheduleAsync(string id, [FromForm] string? action, [FromForm] string? at, [FromForm] string? version, [FromForm] string? returnUrl, CancellationToken cancellationToken)
    {
        var kind = action == "unpublish" ? ScheduledActionKind.Unpublish : ScheduledActionKind.Publish;
        if (!DateTime.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var when))
        {
            FlashError = "Not scheduled: give a date and time.";
            return RedirectBack(returnUrl, BackUrl(id));
        }

        try
        {
            var schedule = await schedules.ScheduleAsync(id, kind, new DateTimeOffset(when, TimeSpan.Zero), string.IsNullOrEmpty(version) ? null : version, Actor, cancellationToken);
            Flash = $"{schedule.Action} scheduled for {AdminFormat.Time(schedule.DueUtc)}.";
        }
        catch (Exception e) when (e is WorkflowRefusedException or ContentValidationException or CmsForbiddenException or ContentNotFoundException)
        {
            FlashError = "Not scheduled. " + (e is ContentValidationException v ? string.Join(" ", v.Errors.Select(x => x.Message)) : e.Message);
        }

        return RedirectBack(returnUrl, BackUrl(id));
    }

    /// <summary>Cancels a pending schedule.</summary>
    public async Task<IActionResult> OnPostCancelAsync(string id, [FromForm] string? scheduleId, CancellationToken cancellationToken)
    {
        try
        {
            await schedules.CancelAsync(id, scheduleId ?? string.Empty, Actor, cancellationToken);
            Flash = "Schedule cancelled.";
        }
        catch (Exception e) when (e is WorkflowRefusedException or ContentNotFoundException or CmsForbiddenException)
        {
            FlashError = "Not cancelled. " + e.Message;
        }

        return Back(id);
    }

    /// <summary>Issues a preview token for the latest version, valid for <paramref name="days"/> days (1–30).</summary>
    public async Task<IActionResult> OnPostPreviewTokenAsync(string id, [FromForm] int? days, CancellationToken cancellationToken)
    {
        if (issuers.FirstOrDefault() is not { } issuer)
        {
            FlashError = "Preview links are not available yet.";
            return Back(id);
        }

        View = await reads.ItemAsync(id, Actor, cancellationToken);
        try
        {
            IssuedToken = await issuer.IssueAsync(id, TimeSpan.FromDays(Math.Clamp(days ?? 7, 1, 30)), Actor, cancellationToken);
        }
        catch (CmsForbiddenException e)
        {
            FlashError = "No preview link. " + e.Message;
            return Back(id);
        }

        IssuedUrl = options.Value.PreviewUrlFor(IssuedToken.Token, id, View.Latest.Slug, View.Latest.ContentType);
        await LoadLinksAsync(cancellationToken);
        return Page();
    }

    /// <summary>Revokes one of the item's preview links: the next request that sends it is refused.</summary>
    public async Task<IActionResult> OnPostRevokePreviewAsync(string id, [FromForm] string? tokenId, CancellationToken cancellationToken)
    {
        try
        {
            var revoked = issuers.FirstOrDefault() is { } issuer && await issuer.RevokeAsync(id, tokenId ?? string.Empty, Actor, cancellationToken);
            Flash = revoked ? "Preview link revoked: it stopped working now." : null;
            FlashError = revoked ? null : "Not revoked: that link was already revoked or has expired.";
        }
        catch (CmsForbiddenException e)
        {
            FlashError = "Not revoked. " + e.Message;
        }

        return Back(id);
    }

    private async Task LoadLinksAsync(CancellationToken cancellationToken)
    {
        if (issuers.FirstOrDefault() is { } issuer && Actor.Has(Permissions.EditContent))
        {
            ActiveLinks = await issuer.ListActiveAsync(View.Id, Actor, cancellationToken);
        }
    }

    private RedirectResult Back(string id) => Redirect(BackUrl(id));

    private static string BackUrl(string id) => $"/admin/items/{Uri.EscapeDataString(id)}/publishing";
}
