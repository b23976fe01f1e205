namespace TraumaBondCms.Data.Search;

/// <summary>A highlighted excerpt of one document field (<c>title</c>, <c>tags</c>, <c>summary</c> or <c>body</c>): escaped HTML whose only markup is <c>&lt;mark&gt;</c>.</summary>
public sealed record SearchSnippet(string Field, string Html);
