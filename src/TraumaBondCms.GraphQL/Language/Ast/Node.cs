namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>
/// Base of every node of the GraphQL syntax tree (https://spec.graphql.org/October2021/#sec-Language and
/// #sec-Type-System). Nodes are immutable after construction and use reference equality, so they can key
/// dictionaries. Parsed nodes carry a <see cref="Location"/>; nodes built in code have none.
/// </summary>
public abstract class Node
{
    /// <summary>The concrete kind, for switch-based dispatch.</summary>
    public abstract NodeKind Kind { get; }

    /// <summary>Where the node was parsed from, or null for nodes built in code.</summary>
    public Location? Location { get; init; }

    /// <summary>The direct child nodes in source order (null optional children are left out).</summary>
    public abstract IEnumerable<Node> Children { get; }

    /// <summary>The node printed as canonical GraphQL (see <see cref="Printer"/>).</summary>
    public override string ToString() => Printer.Print(this);

    /// <summary>Yields the nodes among <paramref name="parts"/>: single nodes, and the items of node lists; nulls are skipped.</summary>
    protected static IEnumerable<Node> Flatten(params object?[] parts)
    {
        foreach (var part in parts)
        {
            switch (part)
            {
                case Node node:
                    yield return node;
                    break;
                case IEnumerable<Node> nodes:
                    foreach (var node in nodes)
                    {
                        yield return node;
                    }

                    break;
            }
        }
    }
}
