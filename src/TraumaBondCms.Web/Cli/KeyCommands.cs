using System.Globalization;
using TraumaBondCms.Web.Signing;

namespace TraumaBondCms.Web.Cli;

/// <summary><c>keys list</c> shows the signing keys; <c>keys rotate</c> makes a new current key (the old ones keep verifying).</summary>
internal static class KeyCommands
{
    public static async Task<int> ListAsync(IServiceProvider services, TextWriter output)
    {
        var keys = services.GetRequiredService<ServerSigningKeys>();
        var ring = keys.Ring;
        await output.WriteLineAsync($"Key file: {keys.KeyPath}");
        foreach (var key in ring.PublicKeys.Keys)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{key.KeyId}  created {key.CreatedUtc:yyyy-MM-dd HH:mm} UTC  {(key.KeyId == ring.Current.KeyId ? "current (signs)" : "retired (verifies)")}"));
        }

        return 0;
    }

    public static async Task<int> RotateAsync(IServiceProvider services, TextWriter output)
    {
        var ring = services.GetRequiredService<ServerSigningKeys>().Rotate();
        await output.WriteLineAsync($"New signing key {ring.Current.KeyId}; {ring.PublicKeys.Keys.Count - 1} older key(s) still verify. Restart the other nodes that share the key file.");
        return 0;
    }
}
