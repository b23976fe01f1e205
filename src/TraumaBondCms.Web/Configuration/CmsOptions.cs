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

    /// <summary>The Data Protection key ring (kept in the database).</summary>
    public KeyRingOptions KeyRing { get; set; } = new();

    /// <summary>Workflow background work.</summary>
    public WorkflowOptions Workflow { get; set; } = new();

    /// <summary>Noticing recipe runs of other processes.</summary>
    public RecipeOptions Recipes { get; set; } = new();

    /// <summary>The media library: limits, variants and where files are stored.</summary>
    public Media.MediaOptions Media { get; set; } = new();

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

/// <summary>
/// The <c>Cms:KeyRing</c> section. The ASP.NET Core Data Protection key ring (it signs and encrypts cookies and bearer
/// tokens) is kept in the database so every node shares it; with a certificate its keys are encrypted there.
/// </summary>
public sealed class KeyRingOptions
{
    /// <summary>
    /// A PKCS #12 file (<c>.pfx</c>) with an RSA certificate and its private key, relative to the content root unless
    /// absolute: new keys are stored encrypted to it, and it decrypts them. Every node needs the same file. Default none
    /// (keys stored as plain XML in the database: protect the database and its backups accordingly).
    /// </summary>
    public string? CertificatePath { get; set; }

    /// <summary>The password of <see cref="CertificatePath"/>; null for none.</summary>
    public string? CertificatePassword { get; set; }
}

/// <summary>The <c>Cms:Auth</c> section.</summary>
public sealed class AuthOptions
{
    /// <summary>How long a bearer token is valid. Default one hour.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long the sign-in cookie lasts without use; each use in its second half renews it. Default 8 hours.</summary>
    public TimeSpan CookieLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>
    /// How long a node remembers that a session was found active (see <c>SessionCheckCache</c>), so a signed-in client's
    /// requests do not all read the user and session rows. Signing out, signing out everywhere and changes to users on a node
    /// take effect there at once; on the other nodes, within this time. Zero reads the database on every request. Default 5 s.
    /// </summary>
    public TimeSpan SessionCheckCacheTime { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Throttling of wrong passwords (sign-in and signatures).</summary>
    public ThrottleOptions Throttle { get; set; } = new();

    /// <summary>
    /// Whether accounts in <see cref="SecondFactorRoles"/> must use a second factor (an authenticator app's codes): until they
    /// set one up, their sessions may only set it up. Null (the default) means on everywhere but Development, where
    /// <c>dotnet run</c> starts a first look. Accounts that set one up are always asked for a code, whatever this says.
    /// </summary>
    public bool? RequireSecondFactor { get; set; }

    /// <summary>The roles whose accounts must use a second factor when it is required. Default Administrator and ClinicalReviewer.</summary>
    public string[] SecondFactorRoles { get; set; } = ["Administrator", "ClinicalReviewer"];
}

/// <summary>
/// The <c>Cms:Auth:Throttle</c> section. Wrong passwords make the client that typed them wait, doubling from
/// <see cref="FirstWait"/> up to <see cref="MaxWait"/>; an account is never locked for everyone. Counts are kept in memory,
/// per node.
/// </summary>
public sealed class ThrottleOptions
{
    /// <summary>Wrong passwords one client may type for one account before it must wait. Default 5.</summary>
    public int FailuresPerAccount { get; set; } = 5;

    /// <summary>Wrong passwords one client may type for any accounts before it must wait. Default 20.</summary>
    public int FailuresPerClient { get; set; } = 20;

    /// <summary>
    /// Wrong passwords for one account from all clients together before every client that typed one of them must wait
    /// (clients that typed none are never held back by others). Default 50.
    /// </summary>
    public int FailuresPerAccountFromAllClients { get; set; } = 50;

    /// <summary>Wrong signature passwords (approving, renewing a review) a signed-in user may type before signing waits; sign-in is not affected. Default 5.</summary>
    public int SignatureFailures { get; set; } = 5;

    /// <summary>The first wait once an allowance is used up; each further wrong password doubles it. Default 1 second.</summary>
    public TimeSpan FirstWait { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait, and how long a quiet client's failures are remembered. Default 15 minutes.</summary>
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Sign-in requests (right or wrong) one client address may send per minute, by ASP.NET Core's rate limiter. Default 60.</summary>
    public int RequestsPerMinute { get; set; } = 60;
}
