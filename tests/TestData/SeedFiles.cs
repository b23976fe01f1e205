namespace TraumaBondCms.Tests.TestData;

/// <summary>
/// Finds the three real pasted articles used as test input. The repository keeps a copy in
/// <c>tests/TestData/seeds</c> (so a clean clone tests the same way everywhere); the search walks up from the test
/// binaries and takes the first ancestor that has <c>tests/TestData/seeds</c> or, failing that, <c>shared/seeds</c>.
/// Shared by the test projects as a linked source file.
/// </summary>
public static class SeedFiles
{
    private const string OverrideVariable = "TRAUMABOND_SEEDS";

    private static readonly Lazy<string> Folder = new(Locate);

    /// <summary>Reads the seed whose file name starts with <paramref name="prefix"/> ("000", "001", "002").</summary>
    public static string Read(string prefix) => File.ReadAllText(PathOf(prefix));

    /// <summary>The full path of the seed whose file name starts with <paramref name="prefix"/>.</summary>
    public static string PathOf(string prefix)
    {
        var matches = Directory.GetFiles(Folder.Value, prefix + "_*.txt");
        return matches.Length == 1
            ? matches[0]
            : throw new InvalidOperationException($"Expected one seed named {prefix}_*.txt in {Folder.Value}, found {matches.Length}.");
    }

    private static string Locate()
    {
        if (Environment.GetEnvironmentVariable(OverrideVariable) is { Length: > 0 } configured)
        {
            return Directory.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"{OverrideVariable} points to {configured}, which does not exist.");
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(folder.FullName, "tests", "TestData", "seeds"), Path.Combine(folder.FullName, "shared", "seeds") })
            {
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException(
            $"Seed texts not found: no parent of {AppContext.BaseDirectory} has a shared/seeds folder. "
            + $"Put the seeds next to the repository (../shared/seeds) or set {OverrideVariable}.");
    }
}
