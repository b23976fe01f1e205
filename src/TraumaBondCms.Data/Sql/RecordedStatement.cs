namespace TraumaBondCms.Data.Sql;

/// <summary>
/// One statement a <see cref="SqlRunner"/> ran while a <see cref="SqlStatementRecorder"/> was listening: its text, its
/// parameters as bound, and the data-layer method that issued it (<see cref="Site"/>, e.g.
/// <c>SqlContentRepository.GetAsync</c>; empty when no data-layer frame was found).
/// </summary>
public sealed record RecordedStatement(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters, string Site);
