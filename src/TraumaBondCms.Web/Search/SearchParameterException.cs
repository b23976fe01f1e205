namespace TraumaBondCms.Web.Search;

/// <summary>A search parameter is invalid (400); the message names it and never repeats the search text.</summary>
public sealed class SearchParameterException(string parameter, string message) : Exception(message)
{
    /// <summary>The parameter at fault: <c>q</c>, <c>type</c>, <c>topic</c>, <c>first</c>, <c>after</c> or <c>scope</c>.</summary>
    public string Parameter { get; } = parameter;
}
