namespace TraumaBondCms.Data.Postgres;

/// <summary>How <see cref="PostgresCmsStore.BackupAsync"/> copies the database.</summary>
public enum PostgresBackupMethod
{
    /// <summary><see cref="PgDump"/> when <c>pg_dump</c> is found, otherwise <see cref="Logical"/>.</summary>
    Auto,

    /// <summary><c>pg_dump --format=custom</c>: PostgreSQL's own consistent snapshot, restored with <c>pg_restore</c>. Fails when <c>pg_dump</c> is not found.</summary>
    PgDump,

    /// <summary>The CMS tables, each copied with <c>COPY ... (FORMAT binary)</c> from one snapshot into a zip file; needs no client tools.</summary>
    Logical,
}
