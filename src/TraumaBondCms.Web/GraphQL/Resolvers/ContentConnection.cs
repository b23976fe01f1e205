using TraumaBondCms.Data;

namespace TraumaBondCms.Web.GraphQL.Resolvers;

/// <summary>
/// A page of a content list as a Relay connection: <see cref="Edges"/>, <see cref="Nodes"/>, <see cref="PageInfo"/>; the
/// total count comes from <see cref="TotalCountAsync"/>, which counts only when the page query did not.
/// </summary>
public sealed class ContentConnection(ContentPage page, ContentQuery query, bool preview)
{
    /// <summary>The page's edges, in order.</summary>
    public IReadOnlyList<ContentEdge> Edges { get; } = page.Items.Select((item, i) => new ContentEdge(page.Cursors![i], new ContentNode(item, preview, query.Cultures))).ToArray();

    /// <summary>The cultures the list was served in, most preferred first; empty when it holds every culture (an editor's list).</summary>
    public IReadOnlyList<string> Cultures => query.Cultures ?? [];

    /// <summary>The page's nodes, in order.</summary>
    public IReadOnlyList<ContentNode> Nodes => Edges.Select(e => e.Node).ToArray();

    /// <summary>Paging flags and end cursors.</summary>
    public PageInfoValue PageInfo => new(page.HasNextPage, page.HasPreviousPage, Edges.Count > 0 ? Edges[0].Cursor : null, Edges.Count > 0 ? Edges[^1].Cursor : null);

    /// <summary>How many items match the query (all pages).</summary>
    public async Task<int> TotalCountAsync(ContentRequestContext request, CancellationToken cancellationToken)
    {
        if (page.TotalCount >= 0)
        {
            return page.TotalCount;
        }

        var counted = await request.ReadAsync(s => s.Content.QueryAsync(query with { CountTotal = true, First = 1, Last = null, After = null, Before = null }, cancellationToken), cancellationToken);
        return counted.TotalCount;
    }
}
