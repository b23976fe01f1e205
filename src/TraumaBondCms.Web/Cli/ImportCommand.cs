using TraumaBondCms.Core.Import;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Import;

namespace TraumaBondCms.Web.Cli;

/// <summary>The <c>import FILE [--title TITLE]</c> command: one draft Article plus FAQ drafts, with the importer's findings printed for the editor to check.</summary>
internal static class ImportCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string file, string[] options, CmsActor actor, TextWriter output)
    {
        var title = options switch
        {
            [] => null,
            ["--title", var t] => t,
            _ => throw new ArgumentException("import takes one option: --title TITLE."),
        };
        if (!File.Exists(file))
        {
            throw new ArgumentException($"File '{file}' does not exist.");
        }

        await output.WriteLineAsync($"Importing {Path.GetFileName(file)}...");
        ArticleImportResult result;
        try
        {
            result = await services.GetRequiredService<ArticleImportService>().ImportAsync(
                await File.ReadAllTextAsync(file),
                new ImportOptions { Title = title },
                actor,
                new SynchronousProgress(output));
        }
        catch (ImportException e)
        {
            throw new ArgumentException(e.Message, e);
        }

        foreach (var finding in result.Imported.Findings)
        {
            await output.WriteLineAsync($"  line {finding.Line}: {finding.Kind}: {finding.Message}");
        }

        await output.WriteLineAsync($"Imported as draft Article {result.Article.ContentItemId} with {result.Faqs.Count} FAQ draft(s); {result.Imported.Headings.Count} heading(s). Nothing was published.");
        return 0;
    }
}
