namespace TraumaBondCms.Data.Sql;

/// <summary>The Data Protection key ring in portable SQL; see <see cref="IKeyRingRepository"/>.</summary>
public sealed class SqlKeyRingRepository(SqlRunner sql) : IKeyRingRepository
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken = default) =>
        await sql.QueryAsync("SELECT xml FROM data_protection_keys ORDER BY key_row", r => r.GetString(0), cancellationToken);

    /// <inheritdoc />
    public async Task AddAsync(string friendlyName, string xml, DateTimeOffset storedUtc, CancellationToken cancellationToken = default) =>
        await sql.ExecuteAsync(
            "INSERT INTO data_protection_keys (friendly_name, xml, stored_utc) VALUES (@name, @xml, @at)",
            cancellationToken,
            ("@name", friendlyName),
            ("@xml", xml),
            ("@at", sql.Dialect.ToDbTime(storedUtc)));
}
