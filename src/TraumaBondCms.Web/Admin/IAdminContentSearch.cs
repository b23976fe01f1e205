using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;

namespace TraumaBondCms.Web.Admin;

/// <summary>
/// What the admin content lists search through (implemented over the editorial search index by
/// <see cref="Search.EditorialIndexContentSearch"/>).
/// </summary>
public interface IAdminContentSearch
{
    /// <summary>A short name of the mechanism, shown next to the search box (e.g. "title contains").</summary>
    string Description { get; }

    /// <summary>
    /// One page of items matching <paramref name="text"/> within <paramref name="query"/>'s type, status and order; a null or blank
    /// <paramref name="text"/> matches every item. Throws what <c>ContentService.ListAsync</c> throws (e.g. no permission).
    /// </summary>
    Task<ContentPage> SearchAsync(ContentQuery query, string? text, CmsActor actor, CancellationToken cancellationToken = default);
}
