namespace TraumaBondCms.Core.Content;

/// <summary>Content definitions are inconsistent; <see cref="Problems"/> lists every problem found.</summary>
public sealed class ContentDefinitionException(IReadOnlyList<string> problems)
    : Exception("Invalid content definitions: " + string.Join(" ", problems))
{
    /// <summary>One sentence per problem, naming the type and field.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;
}
