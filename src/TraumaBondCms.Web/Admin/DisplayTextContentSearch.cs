using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Content;

namespace TraumaBondCms.Web.Admin;

/// <summary>Searches by title: items whose display text contains the text, ignoring case (<see cref="ContentQuery.DisplayTextContains"/>). Thread-safe.</summary>
public sealed class DisplayTextContentSearch(ContentService content) : IAdminContentSearch
{
    /// <inheritdoc />
    public string Description => "title contains";

    /// <inheritdoc />
    public Task<ContentPage> SearchAsync(ContentQuery query, string? text, CmsActor actor, CancellationToken cancellationToken = default) =>
        content.ListAsync(query with { DisplayTextContains = string.IsNullOrWhiteSpace(text) ? null : text.Trim() }, actor, cancellationToken);
}
