namespace TraumaBondCms.Web.Tests.Localization;

/// <summary><see cref="LocalizedGraphQLTests{TSite}"/> on PostgreSQL.</summary>
public sealed class PostgresLocalizedGraphQLTests(PostgresLocalizedSite site) : LocalizedGraphQLTests<PostgresLocalizedSite>(site);
