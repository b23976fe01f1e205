namespace TraumaBondCms.Web.Tests.Localization;

/// <summary><see cref="TranslationWorkflowTests{TSite}"/> on SQLite.</summary>
public sealed class SqliteTranslationWorkflowTests(SqliteLocalizedSite site) : TranslationWorkflowTests<SqliteLocalizedSite>(site);
