namespace TraumaBondCms.Data.Search;

/// <summary>
/// The engine could not run a search. The message names the engine's error code but never the query or the engine's
/// own message, which may quote it: search text must not reach logs.
/// </summary>
public sealed class SearchIndexException(string message) : Exception(message);
