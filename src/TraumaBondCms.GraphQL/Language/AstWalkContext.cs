using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Language;

/// <summary>
/// Where the walk is, passed to every <see cref="AstVisitor"/> hook: the ancestors of the current node,
/// root first. The lists are live views owned by the walker; they are valid only during the hook call
/// (copy them to keep them).
/// </summary>
public sealed class AstWalkContext
{
    private readonly List<Node> _ancestors;

    internal AstWalkContext(List<Node> ancestors) => _ancestors = ancestors;

    /// <summary>The ancestors of the current node, from the walk's root to its parent; empty at the root.</summary>
    public IReadOnlyList<Node> Ancestors => _ancestors;

    /// <summary>The current node's parent, or null at the root.</summary>
    public Node? Parent => _ancestors.Count > 0 ? _ancestors[^1] : null;

    /// <summary>The nearest ancestor of type <typeparamref name="T"/>, or null when there is none.</summary>
    public T? FindAncestor<T>()
        where T : Node
    {
        for (var i = _ancestors.Count - 1; i >= 0; i--)
        {
            if (_ancestors[i] is T match)
            {
                return match;
            }
        }

        return null;
    }
}
