namespace TraumaBondCms.Web.Tests.Localization;

/// <summary><see cref="LocalizedGraphQLTests{TSite}"/> on SQLite.</summary>
public sealed class SqliteLocalizedGraphQLTests(SqliteLocalizedSite site) : LocalizedGraphQLTests<SqliteLocalizedSite>(site);
