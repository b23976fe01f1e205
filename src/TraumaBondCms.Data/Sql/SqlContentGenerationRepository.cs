namespace TraumaBondCms.Data.Sql;

/// <summary>The content generation in portable SQL; see <see cref="IContentGenerationRepository"/>.</summary>
public sealed class SqlContentGenerationRepository(SqlRunner sql) : IContentGenerationRepository
{
    /// <inheritdoc />
    public async Task<long> GetAsync(CancellationToken cancellationToken = default) =>
        await sql.ScalarAsync<long>("SELECT generation FROM content_generation WHERE id = 1", cancellationToken);
}
