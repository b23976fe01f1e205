using System.Globalization;
using Npgsql;
using TraumaBondCms.Web.Tests.Governance;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Integrity;

/// <summary><see cref="TamperEvidenceTests"/> on a one-node cluster's PostgreSQL database, changed with a connection of its own.</summary>
public sealed class PostgresTamperEvidenceTests : TamperEvidenceTests
{
    private PostgresCluster? _cluster;

    /// <summary>The SQL that drops PostgreSQL's append-only triggers of the audit log and of its heads.</summary>
    internal const string DropAuditTriggersSql = "DROP TRIGGER audit_log_append_only ON audit_log; DROP TRIGGER audit_heads_append_only ON audit_heads;";

    /// <inheritdoc />
    protected override string DropAuditTriggers => DropAuditTriggersSql;

    /// <inheritdoc />
    protected override string DropVerificationTriggers => "DROP TRIGGER resource_verifications_append_only ON resource_verifications;";

    /// <inheritdoc />
    protected override async Task<TransferInstance> StartInstanceAsync()
    {
        _cluster = await PostgresCluster.StartAsync(nodes: 1);
        return new TransferInstance(_cluster.Nodes[0], _cluster.CommandLineSettings, _cluster);
    }

    /// <summary>Runs <paramref name="sql"/> on the database at <paramref name="connectionString"/>, with a connection of its own.</summary>
    internal static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <inheritdoc />
    protected override Task ExecuteAsync(string sql) => ExecuteAsync(_cluster!.ConnectionString, sql);

    /// <inheritdoc />
    protected override string TimeLiteral(DateTimeOffset time) => $"'{time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture)}+00'";
}
