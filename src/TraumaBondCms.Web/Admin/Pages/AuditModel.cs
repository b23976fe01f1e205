using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraumaBondCms.Core.Audit;
using TraumaBondCms.Core.Security;

namespace TraumaBondCms.Web.Admin.Pages;

/// <summary><c>/admin/audit</c>: the audit log, newest first, filtered by item, user, action and time, paged back in time.</summary>
[Authorize(Policy = Permissions.ViewAuditLog)]
public sealed class AuditModel(AdminReadService reads) : AdminPageModel
{
    /// <summary>Entries per page.</summary>
    public const int PageSize = 50;

    /// <summary>The entries shown.</summary>
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    /// <summary>The titles of the items the entries name, by id (an item deleted since has none).</summary>
    public IReadOnlyDictionary<string, string> Titles { get; private set; } = new Dictionary<string, string>();

    /// <summary>Only entries about this item id.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Item { get; set; }

    /// <summary>Only entries by this user name.</summary>
    [BindProperty(SupportsGet = true)]
    public string? By { get; set; }

    /// <summary>Only entries with this action.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    /// <summary>Only entries on or after this day (UTC).</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    /// <summary>Only entries up to and including this day (UTC).</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    /// <summary>Only entries older than this id (the next page).</summary>
    [BindProperty(SupportsGet = true)]
    public long? Before { get; set; }

    /// <summary>Lists the entries.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Entries = await reads.AuditAsync(
            new AuditQuery
            {
                ContentItemId = Blank(Item),
                Actor = Blank(By),
                Action = Blank(Action),
                FromUtc = From is { } f ? new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
                ToUtc = To is { } t ? new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
                BeforeId = Before,
                Limit = PageSize,
            },
            Actor,
            cancellationToken);
        Titles = await reads.TitlesAsync(Entries.Where(e => e.ContentItemId is not null).Select(e => e.ContentItemId!), cancellationToken);
    }

    /// <summary>The address of the next (older) page with the same filters.</summary>
    public string OlderUrl(long before)
    {
        var query = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }

        Add("item", Item);
        Add("by", By);
        Add("action", Action);
        Add("from", From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("to", To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("before", before.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return "/admin/audit?" + string.Join('&', query);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
