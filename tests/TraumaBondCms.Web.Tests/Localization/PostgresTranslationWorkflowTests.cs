namespace TraumaBondCms.Web.Tests.Localization;

/// <summary><see cref="TranslationWorkflowTests{TSite}"/> on PostgreSQL.</summary>
public sealed class PostgresTranslationWorkflowTests(PostgresLocalizedSite site) : TranslationWorkflowTests<PostgresLocalizedSite>(site);
