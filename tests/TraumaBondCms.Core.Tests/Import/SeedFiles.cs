namespace TraumaBondCms.Core.Tests.Import;

/// <summary>
/// Finds the real pasted articles in <c>shared/seeds</c>. They live outside the repository, next to it
/// (/work/shared/seeds for /work/main and for worktrees under /work/wt), so the search walks up from the test
/// binaries and takes the first ancestor that has a <c>shared/seeds</c> folder.
/// </summary>
internal static class SeedFiles
{
    private const string OverrideVariable = "TRAUMABOND_SEEDS";

    private static readonly Lazy<string> Folder = new(Locate);

    /// <summary>Reads the seed whose file name starts with <paramref name="prefix"/> ("000", "001", "002").</summary>
    public static string Read(string prefix)
    {
        var matches = Directory.GetFiles(Folder.Value, prefix + "_*.txt");
        return matches.Length == 1
            ? File.ReadAllText(matches[0])
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
            var candidate = Path.Combine(folder.FullName, "shared", "seeds");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"Seed texts not found: no parent of {AppContext.BaseDirectory} has a shared/seeds folder. "
            + $"Put the seeds next to the repository (../shared/seeds) or set {OverrideVariable}.");
    }
}
