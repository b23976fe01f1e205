using System.Collections;
using TraumaBondCms.Data;

namespace TraumaBondCms.Web.GraphQL.Resolvers;

/// <summary>Reads a coerced <c>orderBy</c> argument (a list of <c>{ field, direction }</c>) as order keys.</summary>
internal static class OrderByInput
{
    /// <summary>The keys asked for; null when none were given.</summary>
    public static IReadOnlyList<ContentOrder>? Parse(object? orderBy)
    {
        if (orderBy is not IEnumerable items || orderBy is string)
        {
            return null;
        }

        var keys = items.OfType<IReadOnlyDictionary<string, object?>>()
            .Select(entry => new ContentOrder((ContentField)entry["field"]!, entry.GetValueOrDefault("direction") is true))
            .ToList();
        return keys.Count == 0 ? null : keys;
    }
}
