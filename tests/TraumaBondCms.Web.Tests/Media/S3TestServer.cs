using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using TraumaBondCms.Tests.TestData;

namespace TraumaBondCms.Web.Tests.Media;

/// <summary>
/// An S3-compatible server for the tests: s3rver (from <c>tests/js</c>, run with Node) on a free port of 127.0.0.1, its
/// objects in a temporary folder, with one bucket. It speaks the S3 REST API with Signature Version 4, as AWS, MinIO or
/// Ceph do; the CMS reaches it through the AWS SDK like any of them. Fails the test, never skips it, when Node or s3rver
/// is missing.
/// </summary>
public sealed class S3TestServer : IDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private S3TestServer(Process process, string folder, Uri endpoint)
    {
        _process = process;
        _folder = folder;
        Endpoint = endpoint;
    }

    /// <summary>The bucket made at start.</summary>
    public string Bucket => "cms-media";

    /// <summary>The server's address.</summary>
    public Uri Endpoint { get; }

    /// <summary>Starts a server and waits until it accepts connections.</summary>
    public static async Task<S3TestServer> StartAsync()
    {
        var js = NodeScript.FindJsDirectory();
        var script = Path.Combine(js, "node_modules", "s3rver", "bin", "s3rver.js");
        Assert.True(File.Exists(script), $"s3rver is not installed: run `npm ci` in {js}.");
        var folder = Directory.CreateTempSubdirectory("tbcms-s3-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo("node") { WorkingDirectory = js, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { script, "--directory", folder, "--address", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--configure-bucket", "cms-media", "--silent" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        var server = new S3TestServer(process, folder, new Uri($"http://127.0.0.1:{port}"));
        for (var waited = 0; waited < 300; waited++)
        {
            if (process.HasExited)
            {
                Assert.Fail($"s3rver stopped at start: {await process.StandardError.ReadToEndAsync()}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return server;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        server.Dispose();
        throw new TimeoutException("s3rver did not start within 30 s.");
    }

    /// <summary>The configuration that points a node's media store at the bucket, under <paramref name="prefix"/>.</summary>
    public Dictionary<string, string?> Settings(string prefix) => new()
    {
        ["Cms:Media:Store"] = "S3",
        ["Cms:Media:S3:Bucket"] = Bucket,
        ["Cms:Media:S3:Prefix"] = prefix,
        ["Cms:Media:S3:ServiceUrl"] = Endpoint.ToString(),
        // s3rver's own credentials; it checks every request's signature with them.
        ["Cms:Media:S3:AccessKey"] = "S3RVER",
        ["Cms:Media:S3:SecretKey"] = "S3RVER",
    };

    /// <summary>The object's bytes as the bucket holds them (read from the server's folder); null when there is none.</summary>
    public byte[]? Object(string key)
    {
        var found = Directory.GetFiles(Path.Combine(_folder, Bucket), "*", SearchOption.AllDirectories)
            .FirstOrDefault(f => f.Replace('\\', '/').EndsWith("/" + key + "._S3rver_object", StringComparison.Ordinal));
        return found is null ? null : File.ReadAllBytes(found);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5_000);
        }

        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
