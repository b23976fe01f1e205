namespace TraumaBondCms.Data.Tests.Plans;

/// <summary>
/// The engine's plan of one recorded statement: its text (for failure messages), what breaks the shape's bound, and the
/// work it did when run on the seeded database (rows read on PostgreSQL, virtual machine steps on SQLite; null when the
/// statement writes and was only planned).
/// </summary>
public sealed record StatementPlan(string Sql, string Plan, IReadOnlyList<string> Problems, long? Work);
