using System.Text.RegularExpressions;

namespace TraumaBondCms.Data.Tests.Plans;

/// <summary>
/// Which tables grow with content (every table but a handful of small configuration tables), and which table each name
/// in a statement's FROM, JOIN, UPDATE and INSERT clauses stands for, so a plan line about an alias can be judged.
/// </summary>
public static partial class GrowingTables
{
    /// <summary>Tables whose size does not depend on how much content there is.</summary>
    public static readonly IReadOnlySet<string> Small = new HashSet<string>(StringComparer.Ordinal)
    {
        "settings", "content_types", "workflows", "roles", "users", "webhooks", "recipe_runs", "content_generation", "schema_migrations",
        "data_protection_keys", "search_changes_pruned",
    };

    /// <summary>The table <paramref name="name"/> (an alias or a table) stands for in <paramref name="sql"/>; null for a subquery.</summary>
    public static string? TableOf(string name, string sql)
    {
        foreach (Match match in TableReference().Matches(sql))
        {
            var table = match.Groups["table"].Value;
            if (table == name || match.Groups["alias"].Value == name)
            {
                return table;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="name"/> in <paramref name="sql"/> is a table that grows with content.</summary>
    public static bool Grows(string name, string sql) => TableOf(name, sql) is { } table && !Small.Contains(table);

    [GeneratedRegex(@"\b(?:FROM|JOIN|UPDATE|INTO)\s+(?<table>[a-z_][a-z0-9_]*)(?:\s+(?:AS\s+)?(?!(?:WHERE|JOIN|LEFT|CROSS|INNER|ON|SET|VALUES|ORDER|GROUP|LIMIT|UNION|AND|OR|USING)\b)(?<alias>[a-z_][a-z0-9_]*))?", RegexOptions.IgnoreCase)]
    private static partial Regex TableReference();
}
