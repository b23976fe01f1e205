namespace TraumaBondCms.Data.Search;

/// <summary>Another process (a running server, or the command line) has this data folder's search index open: only one may write it.</summary>
public sealed class SearchIndexBusyException(string indexPath, Exception inner)
    : IOException($"The search index in '{indexPath}' is open in another process.", inner);
