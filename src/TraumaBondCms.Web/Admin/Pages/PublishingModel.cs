using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Web.Content;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Admin.Pages;

/// <summary>
/// <c>/admin/items/{id}/publishing</c>: scheduled publish and unpublish (checked now by <see cref="ScheduleService"/>, re-checked
/// when due), cancelling a schedule, the publish and emergency-unpublish actions, and preview links for external reviewers
/// when an <see cref="IPreviewTokenIssuer"/> is installed.
/// </summary>
public sealed class PublishingModel(AdminReadService reads, ScheduleService schedules, IEnumerable<IPreviewTokenIssuer> issuers) : AdminPageModel
{
    /// <summary>The item.</summary>
    public ItemView View { get; private set; } = null!;

    /// <summary>True when preview tokens can be issued (the GraphQL API's issuer is installed).</summary>
    public bool PreviewTokensAvailable => issuers.Any();

    /// <summary>A token just issued, shown once; null otherwise.</summary>
    public PreviewToken? IssuedToken { get; private set; }

    /// <summary>Shows the page.</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!Actor.Has(Permissions.ViewDrafts))
        {
            return Denied(Permissions.ViewDrafts);
        }

        View = await reads.ItemAsync(id, Actor, cancellationToken);
        return Page();
    }

    /// <summary>Schedules a publish or unpublish at <paramref name="at"/>, a time in UTC (<c>yyyy-MM-ddTHH:mm</c>).</summary>
    public async Task<IActionResult> OnPostScheduleAsync(string id, [FromForm] string? action, [FromForm] string? at, [FromForm] string? version, CancellationToken cancellationToken)
    {
        var kind = action == "unpublish" ? ScheduledActionKind.Unpublish : ScheduledActionKind.Publish;
        if (!DateTime.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var when))
        {
            FlashError = "Not scheduled: give a date and time.";
            return Back(id);
        }

        try
        {
            var schedule = await schedules.ScheduleAsync(id, kind, new DateTimeOffset(when, TimeSpan.Zero), string.IsNullOrEmpty(version) ? null : version, Actor, cancellationToken);
            Flash = $"{schedule.Action} scheduled for {AdminFormat.Time(schedule.DueUtc)}.";
        }
        catch (Exception e) when (e is WorkflowRefusedException or ContentValidationException or CmsForbiddenException)
        {
            FlashError = "Not scheduled. " + (e is ContentValidationException v ? string.Join(" ", v.Errors.Select(x => x.Message)) : e.Message);
        }

        return Back(id);
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
        IssuedToken = await issuer.IssueAsync(id, TimeSpan.FromDays(Math.Clamp(days ?? 7, 1, 30)), Actor, cancellationToken);
        return Page();
    }

    private RedirectResult Back(string id) => Redirect($"/admin/items/{Uri.EscapeDataString(id)}/publishing");
}
