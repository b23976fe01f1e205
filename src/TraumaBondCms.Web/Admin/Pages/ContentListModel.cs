using Microsoft.AspNetCore.Mvc;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Content;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Admin.Pages;

/// <summary>
/// <c>/admin/content/{type}</c>: the items of one type, filtered by status, searched through <see cref="IAdminContentSearch"/>,
/// newest or oldest change first, a page at a time (cursor paging).
/// </summary>
public sealed class ContentListModel(ContentDefinitionCache definitions, WorkflowCatalog workflows, IAdminContentSearch search, Localization.LocalizationCatalog localization) : AdminPageModel
{
    /// <summary>The culture filter: empty for every culture, else an enabled culture's name.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Culture { get; set; }

    /// <summary>The site's cultures, for the filter and the names shown.</summary>
    public Core.Localization.LocalizationSettings Cultures => localization.Settings;

    /// <summary>The status filter meaning "the version readers see".</summary>
    public const string LiveFilter = "live";

    /// <summary>The type listed.</summary>
    public ContentTypeDefinition Type { get; private set; } = null!;

    /// <summary>The statuses offered in the filter (the type's workflow's, or Draft and Published).</summary>
    public IReadOnlyList<string> Statuses { get; private set; } = [];

    /// <summary>The page of items.</summary>
    public ContentPage Items { get; private set; } = null!;

    /// <summary>The search mechanism's description.</summary>
    public string SearchDescription => search.Description;

    /// <summary>The status filter: empty for any, a workflow status, or <see cref="LiveFilter"/>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    /// <summary>The search text.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary><c>oldest</c> for oldest change first; anything else is newest first.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    /// <summary>The cursor of the page to show.</summary>
    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    /// <summary>Items per page (10–200, default 25).</summary>
    [BindProperty(SupportsGet = true)]
    public int? Size { get; set; }

    /// <summary>Lists the items.</summary>
    public async Task<IActionResult> OnGetAsync(string type, CancellationToken cancellationToken)
    {
        if (!Actor.Has(Permissions.ViewDrafts))
        {
            return Denied(Permissions.ViewDrafts);
        }

        if (definitions.Catalog.Find(type) is not { } definition)
        {
            return NotFound();
        }

        Type = definition;
        Statuses = workflows.For(definition)?.Statuses ?? ["Draft", "Published", "Unpublished"];
        var size = Math.Clamp(Size ?? 25, 10, 200);
        var query = new ContentQuery
        {
            ContentTypes = [definition.Name],
            Status = Status == LiveFilter ? ContentStatusFilter.Published : ContentStatusFilter.Latest,
            WorkflowStatuses = Status is { Length: > 0 } s && s != LiveFilter && Statuses.Contains(s, StringComparer.Ordinal) ? [s] : null,
            OldestFirst = Sort == "oldest",
            Cultures = Culture is { Length: > 0 } c && Cultures.IsEnabled(c) ? [c] : null,
            First = size,
            After = string.IsNullOrEmpty(After) ? null : After,
        };
        Items = await search.SearchAsync(query, Q, Actor, cancellationToken);
        return Page();
    }

    /// <summary>The address of this list with the same filters and another cursor (null for the first page).</summary>
    public string PageUrl(string? after)
    {
        var query = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }

        Add("status", Status);
        Add("culture", Culture);
        Add("q", Q);
        Add("sort", Sort);
        Add("size", Size?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("after", after);
        return $"/admin/content/{Type.Name}" + (query.Count == 0 ? string.Empty : "?" + string.Join('&', query));
    }
}
