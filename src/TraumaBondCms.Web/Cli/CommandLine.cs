using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Recipes;
using TraumaBondCms.Web.Setup;
using TraumaBondCms.Web.Users;

namespace TraumaBondCms.Web.Cli;

/// <summary>
/// The command line of the same executable: <c>recipe run FILE</c>, <c>import FILE</c>, <c>users add|list|set-password</c>,
/// <c>content export|import FILE</c>, <c>keys list|rotate</c>, <c>backup PATH</c>, <c>restore PATH</c>, <c>search rebuild</c>,
/// <c>verify [--heads FILE]</c>.
/// Commands run as the operator (<see cref="CmsActor.Operator"/>: <c>--actor NAME</c>, else the operating-system user, recorded
/// in the audit log as <c>cli:NAME</c>) against the configured database, after setup and migrations (<c>restore</c> before
/// setup), and never start the web server. Exit code 0 on success, 1 on a refused command, 2 on bad usage.
/// </summary>
public static class CommandLine
{
    private static readonly string[] Commands = ["recipe", "import", "users", "backup", "restore", "search", "content", "keys", "verify", "help"];

    /// <summary>True when the arguments name a command rather than configuration for the server.</summary>
    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0], StringComparer.Ordinal);

    /// <summary>True for commands that must run before setup (which would otherwise fill an empty database with the setup recipe).</summary>
    public static bool RunsBeforeSetup(string[] args) => args.Length > 0 && args[0] == "restore";

    /// <summary>The arguments to give the host builder: only <c>--Key=Value</c> configuration, never the command's own words or paths.</summary>
    public static string[] HostArguments(string[] args)
    {
        if (!IsCommand(args))
        {
            return args;
        }

        // "--trusted-keys FILE" is the configuration Cms:Signing:TrustedKeysPath for this command.
        var trusted = Array.IndexOf(args, "--trusted-keys");
        var settings = args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal));
        return trusted >= 0 && trusted + 1 < args.Length ? [.. settings, $"--Cms:Signing:TrustedKeysPath={Path.GetFullPath(args[trusted + 1])}"] : [.. settings];
    }

    /// <summary>Runs the command and returns the process exit code.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        var words = args.Where(a => !(a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal))).ToList();
        try
        {
            var actor = CmsActor.Operator(Take(words, "--actor") ?? Environment.UserName);
            _ = Take(words, "--trusted-keys");
            return words.ToArray() switch
            {
                ["recipe", "run", var file] => await RunRecipeAsync(services, file, actor, output),
                ["users", "list"] => await UserCommands.ListAsync(services, actor, output),
                ["users", "add", var name, .. var options] => await UserCommands.AddAsync(services, name, options, actor, output),
                ["users", "set-password", var name, .. var options] => await UserCommands.SetPasswordAsync(services, name, options, actor, output),
                ["import", var file, .. var options] => await ImportCommand.RunAsync(services, file, options, actor, output),
                ["content", "export", var file, .. var options] => await ContentCommands.ExportAsync(services, file, options, output),
                ["content", "import", var file] => await ImportContentAsync(services, file, actor, output),
                ["keys", "list"] => await KeyCommands.ListAsync(services, output),
                ["keys", "rotate"] => await KeyCommands.RotateAsync(services, output),
                ["backup", var path] => await BackupCommands.BackupAsync(services, path, output),
                ["restore", var path] => await BackupCommands.RestoreAsync(services, path, output),
                ["search", "rebuild"] => await Search.SearchCommand.RebuildAsync(services, output),
                ["verify", .. var options] => await VerifyCommand.RunAsync(services, options, output),
                _ => Usage(words.Count > 0 && words[0] == "help" ? output : error, words.Count > 0 && words[0] == "help" ? 0 : 2),
            };
        }
        catch (Exception e) when (e is RecipeException or IOException or UserNotFoundException or DuplicateUserException or Core.Content.ContentValidationException or ArgumentException
            or Workflow.WorkflowRefusedException or Core.Content.UnknownContentTypeException or InvalidDataException or FormatException)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
    }

    // Removes "--name VALUE" from the words and returns VALUE; null when absent.
    private static string? Take(List<string> words, string name)
    {
        var at = words.IndexOf(name);
        if (at < 0)
        {
            return null;
        }

        var value = at + 1 < words.Count ? words[at + 1] : throw new ArgumentException($"{name} needs a value.");
        words.RemoveRange(at, 2);
        return value;
    }

    private static async Task<int> RunRecipeAsync(IServiceProvider services, string file, CmsActor actor, TextWriter output)
    {
        var recipe = await RecipeDocument.LoadAsync(Path.GetFullPath(file));
        await output.WriteLineAsync($"Running recipe '{recipe.Name}' ({recipe.Steps.Count} steps) as {actor.AuditName}...");
        await services.GetRequiredService<RecipeRunner>().RunAsync(recipe, actor, new SynchronousProgress(output));
        await output.WriteLineAsync("Done.");
        return 0;
    }

    // An import accepts approvals signed with the trusted keys given; the server must keep verifying them when it serves the
    // items, so the keys are remembered beside the key file.
    private static async Task<int> ImportContentAsync(IServiceProvider services, string file, CmsActor actor, TextWriter output)
    {
        var code = await RunRecipeAsync(services, file, actor, output);
        var remembered = services.GetRequiredService<Signing.ServerSigningKeys>().RememberTrustedKeys();
        if (remembered > 0)
        {
            await output.WriteLineAsync($"The {remembered} trusted signing keys are remembered beside this instance's key file, so what they signed keeps verifying.");
        }

        return code;
    }

    private static int Usage(TextWriter writer, int code)
    {
        writer.WriteLine("""
            Usage: TraumaBondCms.Web [command] [--Cms:Key=Value ...]
              (no command)                     start the web server
              recipe run FILE                  run a recipe (one transaction)
              import FILE [--title TITLE]      import a plain-text or Markdown article as draft Article + FAQ drafts
              users list                       list users
              users add NAME --role ROLE [--role ROLE] [--display-name NAME] [--email ADDRESS]
                        [--credential "TITLE;LICENCE;YYYY-MM-DD[;ISSUER]"]   password is read from standard input
              users set-password NAME          password is read from standard input
              backup PATH                      write a consistent backup of the database to a new file while the CMS serves
                                               (SQLite online backup; PostgreSQL: pg_dump, or a logical export without it)
              restore PATH                     load a backup into the configured database, which must be empty; rebuilds search
              search rebuild                   rebuild both search indexes from the content (one transaction)
              content export FILE [--type TYPE ...]   write published content with its clinical signatures
              content import FILE [--trusted-keys JWKS]  import an export: signed items published, others sent to review
              keys list | keys rotate          the server's signing keys (a new current key; old ones still verify)
              verify [--heads FILE]            check the audit chain against its signed heads (this data folder's heads file,
                                               or FILE), every published version's hash and approval, every signature;
                                               exit code 1 on any break
            Every command accepts --actor NAME (default: the operating-system user), recorded in the audit log as cli:NAME.
            """);
        return code;
    }
}
