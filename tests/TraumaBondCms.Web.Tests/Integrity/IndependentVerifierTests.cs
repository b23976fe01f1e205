using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using TraumaBondCms.Tests.TestData;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Integrity;

/// <summary>
/// tools/verify-review.mjs, a Node script that uses only Node's standard library, checks a published item's clinical
/// signature against a running CMS with none of the CMS's code: the public keys from /.well-known/tbcms-signing-keys, the
/// review and its signature over real GraphQL. It passes on what the CMS serves, and fails when a man in the middle changes
/// the signed statement or what the review shows.
/// </summary>
public sealed class IndependentVerifierTests : IClassFixture<SharedCmsHost>
{
    private const string Script = "tools/verify-review.mjs";
    private readonly CmsTestHost _host;

    public IndependentVerifierTests(SharedCmsHost shared) => _host = shared.Host;

    [Fact]
    public async Task Should_verify_the_signature_of_a_published_item_when_run_against_the_server()
    {
        var id = await PublishedFaqAsync("Does the hotline keep a record of my call?", "No. Advocates do not record calls or ask for your name.");

        var (exitCode, output) = await NodeScript.RunRepositoryScriptAsync(Script, _host.BaseAddress.ToString(), id);

        Assert.True(exitCode == 0, output);
        Assert.Contains("signature verifies: Approval of \"Does the hotline keep a record of my call?\"", output);
        Assert.Contains($"by {CmsTestHost.HarnessReviewerName} (LCSW", output);
    }

    [Theory]
    [InlineData("statement", "does not verify")]
    [InlineData("shown reviewer", "but the signed statement says")]
    public async Task Should_fail_when_a_man_in_the_middle_changes_the_signature_or_what_the_review_shows(string changed, string reason)
    {
        var id = await PublishedFaqAsync($"What if my partner checks my phone? ({changed})", "Use a phone they cannot reach, or call from a friend's phone.");
        using var proxy = new AlteringProxy(_host.BaseAddress, changed == "statement"
            ? body => body.Replace("HARNESS-1", "HARNESS-2", StringComparison.Ordinal)
            : body => body.Replace($"\"reviewer\":\"{CmsTestHost.HarnessReviewerName}\"", "\"reviewer\":\"Dr Someone Else\"", StringComparison.Ordinal));

        var (exitCode, output) = await NodeScript.RunRepositoryScriptAsync(Script, proxy.BaseAddress, id);

        Assert.True(exitCode == 1, output);
        Assert.Contains("FAILED", output);
        Assert.Contains(reason, output);
        Assert.True(proxy.Altered > 0, "The proxy changed nothing, so the test proves nothing.");
    }

    private async Task<string> PublishedFaqAsync(string question, string answer) => (await _host.PublishFaqAsync(question, answer)).Id;

    // A man in the middle: forwards every request to the CMS and changes the GraphQL answers with a text replacement.
    private sealed class AlteringProxy : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly HttpClient _upstream;
        private readonly Func<string, string> _alter;
        private int _altered;

        public AlteringProxy(Uri upstream, Func<string, string> alter)
        {
            _upstream = new HttpClient { BaseAddress = upstream };
            _alter = alter;
            var port = FreePort();
            BaseAddress = $"http://127.0.0.1:{port}/";
            _listener.Prefixes.Add(BaseAddress);
            _listener.Start();
            _ = Task.Run(ServeAsync);
        }

        public string BaseAddress { get; }

        public int Altered => Volatile.Read(ref _altered);

        public void Dispose()
        {
            _listener.Close();
            _upstream.Dispose();
        }

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                using var request = new HttpRequestMessage(new HttpMethod(context.Request.HttpMethod), context.Request.Url!.PathAndQuery);
                if (context.Request.HasEntityBody)
                {
                    using var reader = new StreamReader(context.Request.InputStream);
                    request.Content = new StringContent(await reader.ReadToEndAsync(), Encoding.UTF8, "application/json");
                }

                using var response = await _upstream.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                if (context.Request.Url.AbsolutePath == "/api/graphql")
                {
                    var altered = _alter(body);
                    if (altered != body)
                    {
                        Interlocked.Increment(ref _altered);
                    }

                    body = altered;
                }

                var bytes = Encoding.UTF8.GetBytes(body);
                context.Response.StatusCode = (int)response.StatusCode;
                context.Response.ContentType = response.Content.Headers.ContentType?.ToString();
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
        }

        private static int FreePort()
        {
            using var socket = new TcpListener(IPAddress.Loopback, 0);
            socket.Start();
            return ((IPEndPoint)socket.LocalEndpoint).Port;
        }
    }
}
