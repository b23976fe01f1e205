namespace TraumaBondCms.Data.Postgres;

/// <summary>How a <see cref="PostgresCmsStore"/> backs up: the method, and where the PostgreSQL client tools are.</summary>
public sealed record PostgresBackupOptions
{
    /// <summary>The method; default <see cref="PostgresBackupMethod.Auto"/>.</summary>
    public PostgresBackupMethod Method { get; init; } = PostgresBackupMethod.Auto;

    /// <summary>The folder holding <c>pg_dump</c> and <c>pg_restore</c> (e.g. <c>/usr/lib/postgresql/15/bin</c>); null to look them up on the <c>PATH</c>.</summary>
    public string? ToolsPath { get; init; }
}
