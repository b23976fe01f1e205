using Microsoft.Extensions.Options;
using TraumaBondCms.Web.Configuration;

namespace TraumaBondCms.Web.Setup;

/// <summary>Where the CMS keeps its files, resolved once from configuration.</summary>
public sealed class CmsPaths(IOptions<CmsOptions> options, IHostEnvironment environment)
{
    /// <summary>The data folder (absolute).</summary>
    public string DataPath { get; } = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.DataPath));

    /// <summary>The template copied into the data folder on first start.</summary>
    public string TemplatePath { get; } = Path.Combine(AppContext.BaseDirectory, "App_Data_template");

    /// <summary>The SQLite database file.</summary>
    public string SqliteDatabase => Path.Combine(DataPath, options.Value.Database.SqliteFileName);

    /// <summary>
    /// The key folder, for secrets that must stay outside the database (a server signing key is to live here). The Data
    /// Protection key ring that signs cookies and bearer tokens is not here: it is in the database, shared by every node.
    /// </summary>
    public string KeysPath => Path.Combine(DataPath, "keys");

    /// <summary>Resolves a path given on the command line or in configuration against the application folder.</summary>
    public static string ResolveAppFile(string path) =>
        Path.IsPathRooted(path) ? path : File.Exists(path) ? Path.GetFullPath(path) : Path.Combine(AppContext.BaseDirectory, path);
}
