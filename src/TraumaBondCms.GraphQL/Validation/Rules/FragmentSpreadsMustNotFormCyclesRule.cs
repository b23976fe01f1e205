using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Validation.Rules;

/// <summary>
/// §5.5.2.2 Fragment spreads must not form cycles (https://spec.graphql.org/October2021/#sec-Fragment-spreads-must-not-form-cycles):
/// no fragment spreads itself, directly or through other fragments, since expanding it would never end. A
/// depth-first search over the spread graph reports each cycle once, locating every spread on it; the search
/// keeps its own stack, so long fragment chains cannot overflow the thread's.
/// </summary>
public sealed class FragmentSpreadsMustNotFormCyclesRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Name => "FragmentSpreadsMustNotFormCycles";

    /// <inheritdoc/>
    public override string SpecSection => "5.5.2.2";

    /// <inheritdoc/>
    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, ValidationRule rule) : ValidationVisitor(context, rule)
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);

        // The spreads followed from the fragment where the search started, and where each fragment on the
        // current path was entered (an index into _path), to cut a cycle out of the path when one closes.
        private readonly List<FragmentSpreadNode> _path = [];
        private readonly Dictionary<string, int> _pathIndex = new(StringComparer.Ordinal);

        protected override VisitAction EnterOperationDefinition(OperationDefinitionNode node, AstWalkContext context) => VisitAction.SkipChildren;

        protected override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, AstWalkContext context)
        {
            Search(node);
            return VisitAction.SkipChildren;
        }

        private void Search(FragmentDefinitionNode start)
        {
            if (!_visited.Add(start.Name.Value) || Context.GetFragmentSpreads(start.SelectionSet) is not { Count: > 0 } startSpreads)
            {
                return;
            }

            var frames = new Stack<Frame>();
            _pathIndex[start.Name.Value] = 0;
            frames.Push(new Frame(start.Name.Value, startSpreads));
            while (frames.Count > 0)
            {
                var frame = frames.Peek();
                if (frame.Next == frame.Spreads.Count)
                {
                    frames.Pop();
                    _pathIndex.Remove(frame.Name);
                    if (frames.Count > 0)
                    {
                        _path.RemoveAt(_path.Count - 1);
                    }

                    continue;
                }

                var spread = frame.Spreads[frame.Next++];
                var name = spread.Name.Value;
                _path.Add(spread);
                if (_pathIndex.TryGetValue(name, out var cycleStart))
                {
                    ReportCycle(name, cycleStart);
                }
                else if (Context.GetFragment(name) is { } target && _visited.Add(name)
                    && Context.GetFragmentSpreads(target.SelectionSet) is { Count: > 0 } spreads)
                {
                    // Keep the spread on the path while the target's own spreads are searched.
                    _pathIndex[name] = _path.Count;
                    frames.Push(new Frame(name, spreads));
                    continue;
                }

                _path.RemoveAt(_path.Count - 1);
            }
        }

        private void ReportCycle(string name, int cycleStart)
        {
            var cycle = _path.GetRange(cycleStart, _path.Count - cycleStart);
            var via = cycle.Count > 1
                ? " via " + string.Join(", ", cycle.Take(cycle.Count - 1).Select(spread => $"\"{spread.Name.Value}\"")) + "."
                : ".";
            Report($"Cannot spread fragment \"{name}\" within itself{via}", [.. cycle]);
        }

        private sealed class Frame(string name, IReadOnlyList<FragmentSpreadNode> spreads)
        {
            public string Name { get; } = name;

            public IReadOnlyList<FragmentSpreadNode> Spreads { get; } = spreads;

            public int Next { get; set; }
        }
    }
}
