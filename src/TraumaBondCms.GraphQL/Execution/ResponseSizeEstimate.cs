using System.Collections;
using System.Text.Json;

namespace TraumaBondCms.GraphQL.Execution;

/// <summary>
/// How many bytes a serialized leaf value adds to a response, near enough for the response-size guard
/// (<see cref="GraphQLExecutorOptions.MaxResponseBytes"/>): strings by their length plus quotes and a separator,
/// structured scalar values (a <c>JSON</c> scalar's tree of dictionaries and lists) by walking them, anything else
/// as a short number. Thread-safe.
/// </summary>
public static class ResponseSizeEstimate
{
    /// <summary>The estimated serialized size of <paramref name="value"/> in bytes.</summary>
    public static long Of(object? value) => value switch
    {
        null => 5,
        string text => text.Length + 3,
        JsonElement element => element.GetRawText().Length + 1,
        IDictionary dictionary => OfDictionary(dictionary),
        IEnumerable items => OfItems(items),
        _ => 8,
    };

    private static long OfDictionary(IDictionary dictionary)
    {
        long size = 2;
        foreach (DictionaryEntry entry in dictionary)
        {
            size += (entry.Key?.ToString()?.Length ?? 0) + 4 + Of(entry.Value);
        }

        return size;
    }

    private static long OfItems(IEnumerable items)
    {
        long size = 2;
        foreach (var item in items)
        {
            size += Of(item) + 1;
        }

        return size;
    }
}
