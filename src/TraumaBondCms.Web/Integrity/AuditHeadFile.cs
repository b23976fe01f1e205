using Microsoft.Extensions.Options;
using TraumaBondCms.Core.Audit;
using TraumaBondCms.Web.Setup;

namespace TraumaBondCms.Web.Integrity;

/// <summary>
/// The file outside the database where the audit chain's signed heads are appended, one JSON line each
/// (<see cref="IntegrityOptions.HeadsPath"/>). Only ever appended to; a head may appear twice (several nodes or the command
/// line writing the same head), which changes nothing. Whoever rewrites the database cannot rewrite what this file already
/// holds without the signing key, so comparing the chain with it shows removed or rewritten entries. Thread-safe.
/// </summary>
public sealed class AuditHeadFile(CmsPaths paths, IOptions<IntegrityOptions> options)
{
    private readonly Lock _append = new();

    /// <summary>The file's full path.</summary>
    public string FilePath => Path.IsPathRooted(options.Value.HeadsPath) ? options.Value.HeadsPath : Path.Combine(paths.DataPath, options.Value.HeadsPath);

    /// <summary>
    /// The heads in <paramref name="path"/> (this node's file when null), in file order, and a description of each line that is
    /// not a head; none when the file does not exist.
    /// </summary>
    public (IReadOnlyList<AuditHead> Heads, IReadOnlyList<string> Damaged) Read(string? path = null)
    {
        path ??= FilePath;
        var heads = new List<AuditHead>();
        var damaged = new List<string>();
        if (!File.Exists(path))
        {
            return (heads, damaged);
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                heads.Add(AuditHead.FromLine(line));
            }
            catch (FormatException e)
            {
                damaged.Add($"line {number} of {path} is not a signed head ({e.Message})");
            }
        }

        return (heads, damaged);
    }

    /// <summary>Appends <paramref name="heads"/> to <paramref name="path"/> (this node's file when null) and flushes them to disk.</summary>
    public void Append(IEnumerable<AuditHead> heads, string? path = null)
    {
        path ??= FilePath;
        var lines = string.Concat(heads.Select(h => h.ToLine() + "\n"));
        if (lines.Length == 0)
        {
            return;
        }

        lock (_append)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
            var bytes = System.Text.Encoding.UTF8.GetBytes(lines);
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }
    }
}
