namespace TraumaBondCms.Web.Configuration;

/// <summary>The <c>Cms</c> configuration section (<c>appsettings.json</c>, or environment variables <c>Cms__...</c>).</summary>
public sealed class CmsOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string Section = "Cms";

    /// <summary>The data folder (database, keys, backups), relative to the content root unless absolute. Default <c>App_Data</c>.</summary>
    public string DataPath { get; set; } = "App_Data";

    /// <summary>Database settings.</summary>
    public DatabaseOptions Database { get; set; } = new();

    /// <summary>First-start settings.</summary>
    public SetupOptions Setup { get; set; } = new();

    /// <summary>Request limits.</summary>
    public LimitOptions Limits { get; set; } = new();

    /// <summary>Sign-in and token settings.</summary>
    public AuthOptions Auth { get; set; } = new();

    /// <summary>Workflow background work.</summary>
    public WorkflowOptions Workflow { get; set; } = new();

    /// <summary>Noticing recipe runs of other processes.</summary>
    public RecipeOptions Recipes { get; set; } = new();

    /// <summary>How <c>backup</c> copies a PostgreSQL database.</summary>
    public BackupOptions Backup { get; set; } = new();
}

/// <summary>The <c>Cms:Backup</c> section (PostgreSQL only: SQLite always uses its online backup).</summary>
public sealed class BackupOptions
{
    /// <summary><c>Auto</c> (default: <c>pg_dump</c> when found, otherwise a logical export), <c>PgDump</c> or <c>Logical</c>.</summary>
    public Data.Postgres.PostgresBackupMethod Method { get; set; } = Data.Postgres.PostgresBackupMethod.Auto;

    /// <summary>The folder of <c>pg_dump</c> and <c>pg_restore</c> (e.g. <c>/usr/lib/postgresql/15/bin</c>); unset to look on the <c>PATH</c>.</summary>
    public string? PostgresToolsPath { get; set; }
}

/// <summary>The <c>Cms:Recipes</c> section.</summary>
public sealed class RecipeOptions
{
    /// <summary>How often the server checks whether a recipe ran elsewhere (the CLI, another instance). Default 5 seconds.</summary>
    public TimeSpan WatchInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Check at all. Default true.</summary>
    public bool WatchForRuns { get; set; } = true;
}

/// <summary>The <c>Cms:Workflow</c> section.</summary>
public sealed class WorkflowOptions
{
    /// <summary>How often the scheduler looks for due publishes and unpublishes. Default 15 seconds.</summary>
    public TimeSpan SchedulerInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Run the scheduler in this process. Default true; turn off on instances that should only serve reads.</summary>
    public bool RunScheduler { get; set; } = true;
}

/// <summary>The <c>Cms:Database</c> section.</summary>
public sealed class DatabaseOptions
{
    /// <summary><c>Sqlite</c> (default, a file in the data folder) or <c>Postgres</c> (uses <c>ConnectionStrings:Cms</c>).</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>The SQLite file name inside the data folder. Default <c>cms.db</c>.</summary>
    public string SqliteFileName { get; set; } = "cms.db";

    /// <summary>
    /// Whether this instance listens for commits by other processes on the same database (PostgreSQL
    /// <c>LISTEN</c>/<c>NOTIFY</c>; SQLite's <c>data_version</c>), so caches of published content follow another node's
    /// publish or takedown within milliseconds instead of at their next periodic recheck. On by default.
    /// </summary>
    public bool ListenForChanges { get; set; } = true;

    /// <summary>How often SQLite is asked whether another process committed (PostgreSQL is told, not asked).</summary>
    public TimeSpan ChangePollInterval { get; set; } = TimeSpan.FromMilliseconds(50);
}

/// <summary>The <c>Cms:Setup</c> section, read on the first start only.</summary>
public sealed class SetupOptions
{
    /// <summary>The recipe run on first start, relative to the application folder unless absolute.</summary>
    public string Recipe { get; set; } = Path.Combine("recipes", "trauma-bonding-library.recipe.json");

    /// <summary>The administrator's user name. Default <c>admin</c>.</summary>
    public string AdminUserName { get; set; } = "admin";

    /// <summary>The administrator's password; when empty a strong one is generated and printed once.</summary>
    public string? AdminPassword { get; set; }
}

/// <summary>The <c>Cms:Limits</c> section.</summary>
public sealed class LimitOptions
{
    /// <summary>The largest request body accepted, in bytes (413 beyond). Default 2 MiB.</summary>
    public long MaxRequestBodyBytes { get; set; } = 2 * 1024 * 1024;
}

/// <summary>The <c>Cms:Auth</c> section.</summary>
public sealed class AuthOptions
{
    /// <summary>How long a bearer token is valid. Default one hour.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Consecutive failed sign-ins before the account is locked. Default 5.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>How long a lockout lasts. Default 15 minutes.</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);
}
