using System.Globalization;
using Microsoft.Data.Sqlite;
using TraumaBondCms.Web.Tests.Governance;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Integrity;

/// <summary><see cref="TamperEvidenceTests"/> on the instance's SQLite file, changed with a connection of its own.</summary>
public sealed class SqliteTamperEvidenceTests : TamperEvidenceTests
{
    /// <summary>The SQL that drops SQLite's append-only triggers of the audit log and of its heads.</summary>
    internal const string DropAuditTriggersSql =
        "DROP TRIGGER audit_log_refuse_update; DROP TRIGGER audit_log_refuse_delete; DROP TRIGGER audit_heads_refuse_update; DROP TRIGGER audit_heads_refuse_delete;";

    /// <inheritdoc />
    protected override string DropAuditTriggers => DropAuditTriggersSql;

    /// <inheritdoc />
    protected override string DropVerificationTriggers =>
        "DROP TRIGGER resource_verifications_refuse_update; DROP TRIGGER resource_verifications_refuse_delete;";

    /// <inheritdoc />
    protected override Task<TransferInstance> StartInstanceAsync()
    {
        var host = new CmsTestHost();
        return Task.FromResult(new TransferInstance(host, [], host));
    }

    /// <summary>Runs <paramref name="sql"/> on the SQLite database of the data folder <paramref name="dataPath"/>, with a connection of its own.</summary>
    internal static async Task ExecuteAsync(string dataPath, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataPath, "cms.db")};Pooling=False;Default Timeout=30");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <inheritdoc />
    protected override Task ExecuteAsync(string sql) => ExecuteAsync(Host.DataPath, sql);

    /// <inheritdoc />
    protected override string TimeLiteral(DateTimeOffset time) => $"'{time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture)}'";
}
