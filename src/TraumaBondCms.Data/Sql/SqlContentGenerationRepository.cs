namespace TraumaBondCms.Data.Sql;

/// <summary>
/// The content generation in portable SQL; see <see cref="IContentGenerationRepository"/>. In a read session (one
/// snapshot: <paramref name="snapshot"/>) the generation cannot change, so it is read once and remembered.
/// </summary>
public sealed class SqlContentGenerationRepository(SqlRunner sql, bool snapshot = false) : IContentGenerationRepository
{
    private long? _read;

    /// <inheritdoc />
    public async Task<long> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_read is { } known)
        {
            return known;
        }

        var generation = await sql.ScalarAsync<long>("SELECT generation FROM content_generation WHERE id = 1", cancellationToken);
        if (snapshot)
        {
            _read = generation;
        }

        return generation;
    }
}
