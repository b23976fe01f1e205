using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Language;

/// <summary>
/// Walks an AST depth-first in source order, calling <see cref="AstVisitor.Enter"/> before a node's
/// children and <see cref="AstVisitor.Leave"/> after them. Several visitors can share one walk (as the
/// validation rules do): they are entered in list order and left in reverse order, so a type-tracking
/// visitor placed first sees every node before and after the others. Each visitor's
/// <see cref="VisitAction"/> affects only that visitor. Iterative, so tree depth never threatens the stack.
/// Thread safe as long as the visitors are not shared between concurrent walks.
/// </summary>
public static class AstWalker
{
    /// <summary>Walks <paramref name="root"/> with one visitor.</summary>
    public static void Walk(Node root, AstVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        Walk(root, [visitor]);
    }

    /// <summary>Walks <paramref name="root"/> with several visitors in one pass.</summary>
    public static void Walk(Node root, IReadOnlyList<AstVisitor> visitors)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(visitors);
        new WalkState(visitors).Run(root);
    }

    private sealed class WalkState(IReadOnlyList<AstVisitor> visitors)
    {
        private readonly Node?[] _skippingBelow = new Node?[visitors.Count];
        private readonly bool[] _stopped = new bool[visitors.Count];
        private readonly List<Node> _ancestors = [];
        private int _running = visitors.Count;

        public void Run(Node root)
        {
            var context = new AstWalkContext(_ancestors);
            var pending = new Stack<IEnumerator<Node>>();
            if (!Enter(root, context))
            {
                Leave(root, context);
                return;
            }

            _ancestors.Add(root);
            pending.Push(root.Children.GetEnumerator());
            while (pending.Count > 0 && _running > 0)
            {
                var children = pending.Peek();
                if (children.MoveNext())
                {
                    var child = children.Current;
                    if (Enter(child, context))
                    {
                        _ancestors.Add(child);
                        pending.Push(child.Children.GetEnumerator());
                    }
                    else
                    {
                        Leave(child, context);
                    }
                }
                else
                {
                    pending.Pop();
                    var node = _ancestors[^1];
                    _ancestors.RemoveAt(_ancestors.Count - 1);
                    Leave(node, context);
                }
            }
        }

        // Returns whether any visitor wants the node's children.
        private bool Enter(Node node, AstWalkContext context)
        {
            var wantsChildren = false;
            for (var i = 0; i < visitors.Count; i++)
            {
                if (_stopped[i] || _skippingBelow[i] is not null)
                {
                    continue;
                }

                switch (visitors[i].Enter(node, context))
                {
                    case VisitAction.Stop:
                        _stopped[i] = true;
                        _running--;
                        break;
                    case VisitAction.SkipChildren:
                        _skippingBelow[i] = node;
                        break;
                    default:
                        wantsChildren = true;
                        break;
                }
            }

            return wantsChildren;
        }

        private void Leave(Node node, AstWalkContext context)
        {
            for (var i = visitors.Count - 1; i >= 0; i--)
            {
                if (_stopped[i])
                {
                    continue;
                }

                if (_skippingBelow[i] is { } skipped)
                {
                    if (ReferenceEquals(skipped, node))
                    {
                        _skippingBelow[i] = null;
                    }

                    continue;
                }

                visitors[i].Leave(node, context);
            }
        }
    }
}
