using System.Reflection;
using System.Reflection.Emit;
using TraumaBondCms.Data.Sql;

namespace TraumaBondCms.Data.Tests.Plans;

/// <summary>
/// Every method of the data layer that runs SQL, found in the compiled code: each call to <see cref="SqlRunner"/>'s
/// <c>ExecuteAsync</c>, <c>ScalarAsync</c>, <c>QueryAsync</c> or <c>InsertRowsAsync</c>, named the way <see cref="SqlStatementRecorder"/> names
/// the site of a statement (<c>Type.Method</c>, async state machines and lambdas mapped back to their method).
/// </summary>
public static class SqlCallSites
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    /// <summary>The sites, in name order.</summary>
    public static IReadOnlyList<string> All()
    {
        var sites = new SortedSet<string>(StringComparer.Ordinal);
        const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in typeof(SqlRunner).Assembly.GetTypes().Where(t => t != typeof(SqlRunner) && t.DeclaringType != typeof(SqlRunner)))
        {
            foreach (var method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
            {
                if (CallsRunner(method))
                {
                    sites.Add(SqlStatementRecorder.SiteOf(method));
                }
            }
        }

        return [.. sites];
    }

    private static bool CallsRunner(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            return false;
        }

        for (var at = 0; at < il.Length;)
        {
            var value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            at += il[at] == 0xFE ? 2 : 1;
            var code = OpCodesByValue[value];
            if (code.OperandType == OperandType.InlineMethod && Resolve(method, BitConverter.ToInt32(il, at)) is { } called
                && called.DeclaringType == typeof(SqlRunner) && called.Name is "ExecuteAsync" or "ScalarAsync" or "QueryAsync" or "InsertRowsAsync")
            {
                return true;
            }

            at += code.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (BitConverter.ToInt32(il, at) * 4),
                _ => 4,
            };
        }

        return false;
    }

    private static MethodBase? Resolve(MethodBase method, int token)
    {
        try
        {
            return method.Module.ResolveMethod(token, method.DeclaringType?.GetGenericArguments(), method.IsGenericMethod ? method.GetGenericArguments() : null);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
