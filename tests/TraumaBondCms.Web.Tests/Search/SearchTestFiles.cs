namespace TraumaBondCms.Web.Tests.Search;

/// <summary>Finds data files kept beside the search tests in the source tree, by walking up from the test binaries.</summary>
internal static class SearchTestFiles
{
    private const string Folder = "tests/TraumaBondCms.Web.Tests/Search";

    /// <summary>The full path of <paramref name="name"/> in the search tests' folder.</summary>
    public static string Find(string name)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, Folder, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"No {Folder}/{name} in any directory above {AppContext.BaseDirectory}.");
    }
}
