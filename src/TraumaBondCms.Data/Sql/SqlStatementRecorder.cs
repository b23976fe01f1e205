using System.Diagnostics;
using System.Reflection;

namespace TraumaBondCms.Data.Sql;

/// <summary>
/// Listens to every statement the stores run on the current logical call (the async flow that called
/// <see cref="Start"/> and everything it awaits), for the query plan tests and diagnostics: each statement is kept with
/// its parameters and the data-layer method that issued it. When nothing listens a statement costs one
/// <see cref="AsyncLocal{T}"/> read. Recorders nest; disposing one restores the one it replaced. Thread-safe.
/// </summary>
public sealed class SqlStatementRecorder : IDisposable
{
    private static readonly AsyncLocal<SqlStatementRecorder?> Current = new();
    private static readonly Assembly DataLayer = typeof(SqlRunner).Assembly;
    private readonly SqlStatementRecorder? _previous;
    private readonly List<RecordedStatement> _statements = [];

    private SqlStatementRecorder(SqlStatementRecorder? previous) => _previous = previous;

    /// <summary>The statements recorded so far, in the order they ran.</summary>
    public IReadOnlyList<RecordedStatement> Statements
    {
        get
        {
            lock (_statements)
            {
                return [.. _statements];
            }
        }
    }

    /// <summary>Starts recording the statements run on this logical call until the recorder is disposed.</summary>
    public static SqlStatementRecorder Start() => Current.Value = new SqlStatementRecorder(Current.Value);

    /// <summary>
    /// The data-layer method a statement came from, as <c>Type.Method</c> of the type written in source: the first frame
    /// of the stack outside <see cref="SqlRunner"/> and this class whose type belongs to the data layer, with compiler
    /// generated state machines and closures mapped back to the method they were written in.
    /// </summary>
    public static string SiteOf(MethodBase? method)
    {
        if (method?.DeclaringType is not { } type)
        {
            return string.Empty;
        }

        var name = method.Name;
        // An async method runs in <Name>d__N.MoveNext; a lambda in <Name>b__N_M, possibly inside <>c or <>c__DisplayClass.
        while (type.IsNested && type.Name.StartsWith('<'))
        {
            if (type.Name.Length > 1 && type.Name[1] != '>')
            {
                name = type.Name[1..type.Name.IndexOf('>', StringComparison.Ordinal)];
            }

            type = type.DeclaringType!;
        }

        if (name.StartsWith('<') && name.IndexOf('>', StringComparison.Ordinal) is > 1 and var end)
        {
            name = name[1..end];
        }

        return $"{type.Name}.{name}";
    }

    /// <inheritdoc />
    public void Dispose() => Current.Value = _previous;

    /// <summary>Records a statement on the current flow's recorder, if any.</summary>
    internal static void Notify(string sql, (string Name, object? Value)[] parameters)
    {
        if (Current.Value is not { } recorder)
        {
            return;
        }

        var site = string.Empty;
        foreach (var frame in new StackTrace(1, fNeedFileInfo: false).GetFrames())
        {
            var method = frame.GetMethod();
            var type = method?.DeclaringType;
            if (type is null || type.Assembly != DataLayer || type == typeof(SqlRunner) || type.DeclaringType == typeof(SqlRunner) || type == typeof(SqlStatementRecorder))
            {
                continue;
            }

            site = SiteOf(method);
            break;
        }

        for (var r = recorder; r is not null; r = r._previous)
        {
            lock (r._statements)
            {
                r._statements.Add(new RecordedStatement(sql, [.. parameters], site));
            }
        }
    }
}
