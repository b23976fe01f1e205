using System.Collections.Concurrent;
using System.Reflection;
using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Validation;

/// <summary>
/// The single visitor <see cref="AstWalker"/> drives for a validation run: it updates the <see cref="TypeInfo"/>
/// before the rules see a node and after they leave it, and calls each rule only for the node kinds whose
/// hooks the rule overrides (found once per visitor type by reflection), honouring each rule's own
/// <see cref="VisitAction"/>. Type-system definitions are skipped entirely.
/// </summary>
internal sealed class RuleDispatcher : AstVisitor
{
    private const int ExecutableKinds = (int)NodeKind.NonNullType + 1;
    private static readonly ConcurrentDictionary<Type, (ulong Enter, ulong Leave)> Interests = new();

    private readonly ValidationContext _context;
    private readonly TypeInfo _typeInfo;
    private readonly ValidationVisitor[] _visitors;
    private readonly ulong[] _enters;
    private readonly ulong[] _leaves;
    private readonly Node?[] _skippingBelow;
    private readonly bool[] _stopped;

    public RuleDispatcher(ValidationContext context, ValidationVisitor[] visitors)
    {
        _context = context;
        _typeInfo = context.TypeInfo;
        _visitors = visitors;
        _enters = new ulong[visitors.Length];
        _leaves = new ulong[visitors.Length];
        _skippingBelow = new Node?[visitors.Length];
        _stopped = new bool[visitors.Length];
        for (var i = 0; i < visitors.Length; i++)
        {
            (_enters[i], _leaves[i]) = Interests.GetOrAdd(visitors[i].GetType(), FindInterests);
        }
    }

    public override VisitAction Enter(Node node, AstWalkContext context)
    {
        var kind = node.Kind;
        if ((int)kind >= ExecutableKinds)
        {
            return VisitAction.SkipChildren;
        }

        _typeInfo.Enter(node);
        var bit = 1UL << (int)kind;
        for (var i = 0; i < _visitors.Length; i++)
        {
            if ((_enters[i] & bit) == 0 || _stopped[i] || _skippingBelow[i] is not null)
            {
                continue;
            }

            switch (_visitors[i].Enter(node, context))
            {
                case VisitAction.SkipChildren:
                    _skippingBelow[i] = node;
                    break;
                case VisitAction.Stop:
                    _stopped[i] = true;
                    break;
            }
        }

        return VisitAction.Continue;
    }

    public override void Leave(Node node, AstWalkContext context)
    {
        if (node.Kind == NodeKind.Document)
        {
            _context.AllNodesEntered = true;
        }

        var bit = 1UL << (int)node.Kind;
        for (var i = _visitors.Length - 1; i >= 0; i--)
        {
            if (_skippingBelow[i] is { } skipped)
            {
                if (ReferenceEquals(skipped, node))
                {
                    _skippingBelow[i] = null;
                }

                continue;
            }

            if ((_leaves[i] & bit) != 0 && !_stopped[i])
            {
                _visitors[i].Leave(node, context);
            }
        }

        _typeInfo.Leave(node);
    }

    private static (ulong Enter, ulong Leave) FindInterests(Type type)
    {
        const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        Type[] hookParameters = [typeof(Node), typeof(AstWalkContext)];
        var enters = type.GetMethod(nameof(Enter), Instance, hookParameters)?.DeclaringType != typeof(ValidationVisitor) ? ulong.MaxValue : 0UL;
        var leaves = type.GetMethod(nameof(Leave), Instance, hookParameters)?.DeclaringType != typeof(ValidationVisitor) ? ulong.MaxValue : 0UL;
        for (var kind = 0; kind < ExecutableKinds; kind++)
        {
            var name = ((NodeKind)kind).ToString();
            if (type.GetMethod("Enter" + name, Instance)?.DeclaringType != typeof(AstVisitor))
            {
                enters |= 1UL << kind;
            }

            if (type.GetMethod("Leave" + name, Instance)?.DeclaringType != typeof(AstVisitor))
            {
                leaves |= 1UL << kind;
            }
        }

        return (enters, leaves);
    }
}
