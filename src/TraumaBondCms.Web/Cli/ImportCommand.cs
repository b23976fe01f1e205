namespace TraumaBondCms.Web.Cli;

/// <summary>The <c>import FILE</c> command (wired to the importer in a following change).</summary>
internal static class ImportCommand
{
    public static Task<int> RunAsync(IServiceProvider services, string file, string[] options, TextWriter output) =>
        throw new ArgumentException("The import command is not available in this build yet.");
}
