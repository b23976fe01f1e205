using System.Reflection;
using System.Reflection.Emit;
using System.Text.RegularExpressions;

namespace TraumaBondCms.Web.Tests.Infrastructure;

/// <summary>
/// Who calls whom in a compiled assembly, read from the IL of every method (calls, constructor calls and delegates made
/// from a method). Methods are named as their source reads: an async method's state machine counts as the method, a
/// lambda as "Owner (lambda)" (called by the method that makes the delegate), a local function as "Owner.Local". Used to
/// find every code path to a statement, so that a path added later is found without anyone listing it. A call through an
/// interface counts as a call of each implementation in the assembly (<c>IRecipeStep.ExecuteAsync</c> calls every step).
/// </summary>
public sealed partial class CallGraph
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    private readonly Dictionary<string, HashSet<string>> _callers = [];
    private readonly Dictionary<string, List<(int Offset, string Callee)>> _calls = [];
    private readonly Dictionary<string, Type> _outerTypes = [];

    /// <summary>Reads every method of <paramref name="assembly"/>.</summary>
    public static CallGraph Of(Assembly assembly)
    {
        var graph = new CallGraph();
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in assembly.GetTypes())
        {
            foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
            {
                graph.Read(method);
            }

            // Compiler-generated types implement IAsyncStateMachine and the like; they are their owner methods already.
            foreach (var contract in type.IsClass && !type.IsAbstract && !type.Name.StartsWith('<') ? type.GetInterfaces() : [])
            {
                var map = type.GetInterfaceMap(contract);
                for (var i = 0; i < map.InterfaceMethods.Length; i++)
                {
                    graph.Add(NameOf(map.InterfaceMethods[i]), NameOf(map.TargetMethods[i]), -1);
                }
            }
        }

        return graph;
    }

    /// <summary>The source-level name of a method, e.g. <c>ContentWriter.PublishVersionAsync</c>.</summary>
    public static string NameOf(MethodBase method)
    {
        var name = method.Name;
        var type = method.DeclaringType!;
        if (type.Name.StartsWith('<') && name == "MoveNext" && StateMachine().Match(type.Name) is { Success: true } machine)
        {
            name = machine.Groups["method"].Value;
            type = type.DeclaringType!;
        }

        while (type.Name.StartsWith('<') && type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return $"{type.Name}.{Readable(name)}";
    }

    /// <summary>The methods that call <paramref name="method"/> (by name), directly.</summary>
    public IReadOnlySet<string> CallersOf(MethodBase method) => CallersOf(NameOf(method));

    /// <summary>The methods that call the method named <paramref name="name"/>, directly.</summary>
    public IReadOnlySet<string> CallersOf(string name) => _callers.GetValueOrDefault(name) ?? [];

    /// <summary>The IL offset of the first call from <paramref name="caller"/> to <paramref name="callee"/>; -1 when it makes none.</summary>
    public int FirstCallOffset(string caller, MethodBase callee) =>
        _calls.GetValueOrDefault(caller)?.Where(c => c.Callee == NameOf(callee)).Select(c => c.Offset).DefaultIfEmpty(-1).Min() ?? -1;

    /// <summary>
    /// Walks from <paramref name="start"/> to its callers, their callers and so on, stopping at methods of types that
    /// <paramref name="surface"/> names (an entry surface: REST, GraphQL, admin UI, ...). Returns the entry methods reached,
    /// each with its surface, and the methods with no caller that belong to no surface (a path nobody named).
    /// </summary>
    public (IReadOnlyDictionary<string, string> Entries, IReadOnlyList<string> Unnamed) EntriesAbove(string start, Func<Type, string?> surface)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        var unnamed = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var next))
        {
            var callers = CallersOf(next);
            if (callers.Count == 0 && next != start)
            {
                unnamed.Add(next);
            }

            foreach (var caller in callers.Where(seen.Add))
            {
                if (_outerTypes.TryGetValue(caller, out var type) && surface(type) is { } kind)
                {
                    entries[caller] = kind;
                }
                else
                {
                    queue.Enqueue(caller);
                }
            }
        }

        return (entries, unnamed);
    }

    private void Read(MethodBase method)
    {
        byte[]? il;
        try
        {
            il = method.GetMethodBody()?.GetILAsByteArray();
        }
        catch (Exception e) when (e is BadImageFormatException or InvalidOperationException)
        {
            return;
        }

        if (il is null)
        {
            return;
        }

        var caller = NameOf(method);
        _outerTypes.TryAdd(caller, Outer(method.DeclaringType!));
        var i = 0;
        while (i < il.Length)
        {
            var offset = i;
            var code = il[i] == 0xFE ? OpCodesByValue[unchecked((short)(0xFE00 | il[i + 1]))] : OpCodesByValue[il[i]];
            i += code.Size;
            if (code == OpCodes.Call || code == OpCodes.Callvirt || code == OpCodes.Newobj || code == OpCodes.Ldftn || code == OpCodes.Ldvirtftn)
            {
                if (Resolve(method, BitConverter.ToInt32(il, i)) is { } callee)
                {
                    Add(caller, NameOf(callee), offset);
                }
            }

            i += code.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, i)),
                _ => 4,
            };
        }
    }

    private void Add(string caller, string callee, int offset)
    {
        if (caller == callee)
        {
            return;
        }

        (_callers.TryGetValue(callee, out var set) ? set : _callers[callee] = new HashSet<string>(StringComparer.Ordinal)).Add(caller);
        (_calls.TryGetValue(caller, out var list) ? list : _calls[caller] = []).Add((offset, callee));
    }

    private static MethodBase? Resolve(MethodBase method, int token)
    {
        try
        {
            var typeArguments = method.DeclaringType!.IsGenericType ? method.DeclaringType.GetGenericArguments() : null;
            var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
            var resolved = method.Module.ResolveMethod(token, typeArguments, methodArguments);
            return resolved is MethodInfo { IsGenericMethod: true } generic && !generic.IsGenericMethodDefinition ? generic.GetGenericMethodDefinition() : resolved;
        }
        catch (Exception e) when (e is ArgumentException or TypeLoadException or FileNotFoundException or BadImageFormatException)
        {
            return null;
        }
    }

    private static Type Outer(Type type)
    {
        while (type.Name.StartsWith('<') && type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    private static string Readable(string name) =>
        LocalFunction().Match(name) is { Success: true } local ? $"{local.Groups["owner"].Value}.{local.Groups["local"].Value}"
        : Lambda().Match(name) is { Success: true } lambda ? $"{lambda.Groups["owner"].Value} (lambda)"
        : name;

    [GeneratedRegex(@"^<(?<method>.+)>d(__\d+)?$")]
    private static partial Regex StateMachine();

    [GeneratedRegex(@"^<(?<owner>[^>]+)>b__")]
    private static partial Regex Lambda();

    [GeneratedRegex(@"^<(?<owner>[^>]+)>g__(?<local>[^|]+)\|")]
    private static partial Regex LocalFunction();
}
