using TraumaBondCms.Core.Security;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Users;

namespace TraumaBondCms.Web.Cli;

/// <summary>The <c>users</c> commands. Passwords are read from standard input, never from arguments (which other users can see in the process list).</summary>
internal static class UserCommands
{
    public static async Task<int> ListAsync(IServiceProvider services, CmsActor actor, TextWriter output)
    {
        var users = await services.GetRequiredService<UserService>().ListAsync(actor);
        foreach (var user in users)
        {
            await output.WriteLineAsync($"{user.UserName,-24} {string.Join(",", user.Roles),-32} {(user.Disabled ? "disabled " : string.Empty)}{user.Credential}");
        }

        await output.WriteLineAsync($"{users.Count} user(s).");
        return 0;
    }

    public static async Task<int> AddAsync(IServiceProvider services, string userName, string[] options, CmsActor actor, TextWriter output)
    {
        var parsed = Options(options);
        var user = await services.GetRequiredService<UserService>().CreateAsync(
            new NewUser
            {
                UserName = userName,
                DisplayName = parsed.GetValueOrDefault("--display-name")?.LastOrDefault(),
                Email = parsed.GetValueOrDefault("--email")?.LastOrDefault(),
                Roles = parsed.GetValueOrDefault("--role") ?? [],
                Credential = parsed.GetValueOrDefault("--credential")?.LastOrDefault() is { } c ? ParseCredential(c) : null,
                Password = await ReadPasswordAsync(),
            },
            actor);
        await output.WriteLineAsync($"User '{user.UserName}' created with roles {string.Join(", ", user.Roles)}.");
        return 0;
    }

    public static async Task<int> SetPasswordAsync(IServiceProvider services, string userName, string[] options, CmsActor actor, TextWriter output)
    {
        _ = Options(options);
        await services.GetRequiredService<UserService>().SetPasswordAsync(userName, await ReadPasswordAsync(), actor);
        await output.WriteLineAsync($"Password of '{userName}' changed; their existing sessions and tokens no longer work.");
        return 0;
    }

    private static async Task<string> ReadPasswordAsync()
    {
        if (!Console.IsInputRedirected)
        {
            Console.Error.Write("Password: ");
        }

        return (await Console.In.ReadLineAsync())?.TrimEnd('\r', '\n') ?? throw new ArgumentException("No password was given on standard input.");
    }

    private static ReviewerCredential ParseCredential(string value)
    {
        var parts = value.Split(';', StringSplitOptions.TrimEntries);
        if (parts.Length is < 3 or > 5 || !DateOnly.TryParseExact(parts[2], "yyyy-MM-dd", out var expires))
        {
            throw new ArgumentException("--credential is \"TITLE;LICENCE;YYYY-MM-DD[;ISSUER[;LANGUAGES]]\", e.g. \"LCSW;12345;2027-06-30;California BBS;en,es\".");
        }

        return new ReviewerCredential
        {
            Title = parts[0],
            LicenseNumber = parts[1],
            ExpiresOn = expires,
            Issuer = parts.Length >= 4 && parts[3].Length > 0 ? parts[3] : null,
            Languages = parts.Length == 5 ? parts[4].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : null,
        };
    }

    private static Dictionary<string, string[]> Options(string[] options)
    {
        var known = new[] { "--role", "--display-name", "--email", "--credential" };
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < options.Length; i++)
        {
            if (!known.Contains(options[i]) || i + 1 >= options.Length)
            {
                throw new ArgumentException($"Unexpected argument '{options[i]}'. Options: {string.Join(", ", known)} (each followed by a value).");
            }

            (result.TryGetValue(options[i], out var list) ? list : result[options[i]] = []).Add(options[++i]);
        }

        return result.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }
}
