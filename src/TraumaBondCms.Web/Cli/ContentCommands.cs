using TraumaBondCms.Web.Transfer;

namespace TraumaBondCms.Web.Cli;

/// <summary>
/// <c>content export FILE [--type TYPE ...]</c> writes published content with its signatures, as a recipe that
/// <c>content import FILE</c> runs on another instance (items whose approvals verify against a trusted key arrive
/// published, the others wait for review with a finding; see <see cref="Recipes.ContentArrival"/>).
/// </summary>
internal static class ContentCommands
{
    public static async Task<int> ExportAsync(IServiceProvider services, string file, string[] options, TextWriter output)
    {
        var types = new List<string>();
        for (var i = 0; i < options.Length; i++)
        {
            if (options[i] != "--type" || i + 1 >= options.Length)
            {
                throw new ArgumentException($"Unexpected argument '{options[i]}'. content export takes --type TYPE (repeatable).");
            }

            types.Add(options[++i]);
        }

        var (json, count) = await services.GetRequiredService<ContentExporter>().ExportAsync(types);
        await File.WriteAllTextAsync(file, json);
        await output.WriteLineAsync($"Exported {count} published item(s) with their signatures to {Path.GetFullPath(file)}.");
        return 0;
    }
}
