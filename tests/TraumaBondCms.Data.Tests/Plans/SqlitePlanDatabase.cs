using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using TraumaBondCms.Data.Sql;
using TraumaBondCms.Data.Sqlite;
using TraumaBondCms.Data.Tests.Harness;

namespace TraumaBondCms.Data.Tests.Plans;

/// <summary>
/// The seeded SQLite database and SQLite's judge: <c>EXPLAIN QUERY PLAN</c> of each statement, read as a tree, and the
/// number of virtual machine steps the statement takes when it runs (a measure of the rows it touches). No ANALYZE: the
/// store does not run one, so the plans are those a real database gets.
/// </summary>
public sealed partial class SqlitePlanDatabase : PlanDatabase
{
    /// <inheritdoc />
    public override async Task<StatementPlan> ExplainAsync(RecordedStatement statement, PlanBound bound)
    {
        await using var connection = (SqliteConnection)await Database.OpenRawAsync();
        var nodes = new List<(int Id, int Parent, string Detail)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "EXPLAIN QUERY PLAN " + statement.Sql;
            foreach (var (name, value) in statement.Parameters)
            {
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }

            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                nodes.Add((reader.GetInt32(0), reader.GetInt32(1), reader.GetString(3)));
            }
        }

        var work = Reads(statement.Sql) ? VirtualMachineSteps(connection, statement) : (long?)null;
        return new StatementPlan(statement.Sql, Tree(nodes), Judge(nodes, statement.Sql, Counts(statement.Sql) ? PlanBound.Count : bound), work);
    }

    /// <inheritdoc />
    protected override Task<TestDatabase> CreateDatabaseAsync() => SqliteTestDatabase.CreateAsync(migrated: true);

    /// <inheritdoc />
    protected override Task AfterSeedAsync(TestDatabase database) => ((SqliteCmsStore)database.Store).OptimizeAsync();

    private static List<string> Judge(List<(int Id, int Parent, string Detail)> nodes, string sql, PlanBound bound)
    {
        var problems = new List<string>();
        foreach (var node in nodes)
        {
            var siblings = nodes.Where(n => n.Parent == node.Parent).ToList();
            if (Loop().Match(node.Detail) is { Success: true } loop && loop.Groups["op"].Value == "SCAN" && GrowingTables.Grows(loop.Groups["name"].Value, sql))
            {
                var table = GrowingTables.TableOf(loop.Groups["name"].Value, sql);
                // A table keyed by INTEGER PRIMARY KEY is its own index in key order: "SCAN t" is then an ordered walk.
                var walk = node.Detail.Contains(" USING ", StringComparison.Ordinal) || RowidTables.Contains(table!);
                if (!walk)
                {
                    problems.Add($"scans every row of {table}: {node.Detail}");
                }
                else if (bound != PlanBound.Count && (!sql.Contains(" LIMIT ", StringComparison.Ordinal) || siblings.Any(s => s.Detail.StartsWith("USE TEMP B-TREE FOR", StringComparison.Ordinal))))
                {
                    problems.Add($"walks the whole index of {table} (not cut short by a LIMIT in index order): {node.Detail}");
                }
            }

            if (bound is PlanBound.Page or PlanBound.Walk && node.Detail.StartsWith("USE TEMP B-TREE FOR", StringComparison.Ordinal) && node.Detail.Contains("ORDER BY", StringComparison.Ordinal)
                && siblings.Select(s => Loop().Match(s.Detail)).FirstOrDefault(m => m.Success) is { } first && GrowingTables.Grows(first.Groups["name"].Value, sql))
            {
                problems.Add($"sorts every matching row of {GrowingTables.TableOf(first.Groups["name"].Value, sql)} to find the page: {node.Detail}");
            }
        }

        return problems;
    }

    // The growing tables whose rows are stored in the order of an INTEGER PRIMARY KEY.
    private static readonly HashSet<string> RowidTables = new(StringComparer.Ordinal) { "audit_log", "audit_heads", "search_documents", "recipe_runs" };

    private static long VirtualMachineSteps(SqliteConnection connection, RecordedStatement statement)
    {
        var db = connection.Handle!;
        if (raw.sqlite3_prepare_v2(db, statement.Sql, out sqlite3_stmt prepared) != raw.SQLITE_OK)
        {
            throw new InvalidOperationException(raw.sqlite3_errmsg(db).utf8_to_string());
        }

        using (prepared)
        {
            foreach (var (name, value) in statement.Parameters)
            {
                var index = raw.sqlite3_bind_parameter_index(prepared, name);
                _ = index == 0 ? raw.SQLITE_OK : value switch
                {
                    null => raw.sqlite3_bind_null(prepared, index),
                    string text => raw.sqlite3_bind_text(prepared, index, text),
                    bool flag => raw.sqlite3_bind_int64(prepared, index, flag ? 1 : 0),
                    double number => raw.sqlite3_bind_double(prepared, index, number),
                    _ => raw.sqlite3_bind_int64(prepared, index, Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)),
                };
            }

            while (raw.sqlite3_step(prepared) == raw.SQLITE_ROW)
            {
            }

            return raw.sqlite3_stmt_status(prepared, raw.SQLITE_STMTSTATUS_VM_STEP, 0);
        }
    }

    private static string Tree(List<(int Id, int Parent, string Detail)> nodes)
    {
        var text = new StringBuilder();
        void Write(int parent, int depth)
        {
            foreach (var node in nodes.Where(n => n.Parent == parent))
            {
                text.Append(' ', depth * 2).Append(node.Detail).Append('\n');
                Write(node.Id, depth + 1);
            }
        }

        Write(0, 0);
        return text.ToString();
    }

    [GeneratedRegex(@"^(?<op>SCAN|SEARCH) (?<name>[a-z_][a-z0-9_]*)\b")]
    private static partial Regex Loop();
}
