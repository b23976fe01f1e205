using System.Globalization;
using System.Text;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Data;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.Web.GraphQL.Resolvers;

/// <summary>
/// Relay paging of a list already loaded and ordered (a reverse relation's items, loaded for every parent of a page in
/// one batch): the page sizes every connection accepts, and the page itself with opaque cursors that name a position
/// in one order (a cursor made for another order or list is refused with <c>VALIDATION_FAILED</c>).
/// </summary>
public static class RelationPage
{
    private const string Prefix = "rel1:";

    /// <summary>
    /// The page size asked for: <c>first</c> (default <see cref="ContentGraphQLOptions.DefaultPageSize"/> when neither is
    /// given) or <c>last</c>; throws <c>VALIDATION_FAILED</c> for both, or a size outside 1 to the maximum.
    /// </summary>
    public static (int First, int? Last) Sizes(IResolveFieldContext c, ContentGraphQLOptions options)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(options);
        var first = c.Arguments.GetValueOrDefault("first") as int?;
        var last = c.Arguments.GetValueOrDefault("last") as int?;
        var max = options.MaxPageSize;
        if (first is not null && last is not null)
        {
            throw ContentErrors.Validation("first", "Give 'first' (page forwards) or 'last' (page backwards), not both.");
        }

        if (first is < 1 || first > max || last is < 1 || last > max)
        {
            throw ContentErrors.Validation(first is not null ? "first" : "last", $"A page has 1 to {max} items.");
        }

        return (first ?? options.DefaultPageSize, last);
    }

    /// <summary>The paging arguments of a relation field, checked.</summary>
    public static Paging Arguments(IResolveFieldContext c, ContentGraphQLOptions options)
    {
        var (first, last) = Sizes(c, options);
        return new Paging(first, last, c.Arguments.GetValueOrDefault("after") as string, c.Arguments.GetValueOrDefault("before") as string);
    }

    /// <summary>The page of <paramref name="ordered"/> that <paramref name="paging"/> asks for, as a connection counting every item.</summary>
    public static ContentConnection Connection(IReadOnlyList<ContentItem> ordered, string order, Paging paging, bool preview, IReadOnlyList<string>? cultures = null)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        ArgumentNullException.ThrowIfNull(paging);
        var start = paging.After is null ? 0 : Position(paging.After, order, "after") + 1;
        var end = paging.Before is null ? ordered.Count : Position(paging.Before, order, "before");
        start = Math.Min(start, ordered.Count);
        end = Math.Clamp(end, start, ordered.Count);
        if (paging.Last is { } last)
        {
            start = Math.Max(start, end - last);
        }
        else
        {
            end = Math.Min(end, start + paging.First);
        }

        var cursors = Enumerable.Range(start, end - start).Select(i => Cursor(order, i)).ToArray();
        var page = new ContentPage(ordered.Skip(start).Take(end - start).ToArray(), ordered.Count, end < ordered.Count ? cursors.LastOrDefault() : null)
        {
            Cursors = cursors,
            HasNextPage = end < ordered.Count,
            HasPreviousPage = start > 0,
        };
        return new ContentConnection(page, new ContentQuery { Cultures = cultures }, preview);
    }

    private static string Cursor(string order, int position) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + position.ToString(CultureInfo.InvariantCulture) + ":" + order));

    private static int Position(string cursor, string order, string argument)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            var colon = text.IndexOf(':', Prefix.Length);
            if (text.StartsWith(Prefix, StringComparison.Ordinal) && colon > 0 && text[(colon + 1)..] == order
                && int.TryParse(text.AsSpan(Prefix.Length, colon - Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var position))
            {
                return position;
            }
        }
        catch (FormatException)
        {
            // Not base64: reported below like any other foreign cursor.
        }

        throw ContentErrors.Validation(argument, $"'{argument}' is not a cursor of this list in this order.");
    }

    /// <summary>Checked paging arguments.</summary>
    /// <param name="First">Items after <paramref name="After"/> (used when <paramref name="Last"/> is null).</param>
    /// <param name="Last">Items before <paramref name="Before"/>; null when paging forwards.</param>
    /// <param name="After">A cursor, or null.</param>
    /// <param name="Before">A cursor, or null.</param>
    public sealed record Paging(int First, int? Last, string? After, string? Before);
}
