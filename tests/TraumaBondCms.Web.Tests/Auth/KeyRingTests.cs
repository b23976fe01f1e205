using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Data.Sqlite;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Auth;

/// <summary>
/// The Data Protection key ring lives in the database: instances on one PostgreSQL accept each other's tokens and
/// cookies, a restarted instance accepts those it issued before, and with a certificate the keys are stored encrypted.
/// </summary>
public sealed class KeyRingTests
{
    [Fact]
    public async Task Should_accept_each_others_bearer_tokens_and_cookies_when_two_instances_share_one_postgres()
    {
        // Without the nodes' memory of session checks, a sign-out on one node ends the session on the other at once
        // (SessionCheckCacheTests bounds the delay with it).
        await using var cluster = await PostgresCluster.StartAsync(nodes: 2, settings: new Dictionary<string, string?> { ["Cms:Auth:SessionCheckCacheTime"] = "00:00:00" });
        var (nodeA, nodeB) = (cluster.Nodes[0], cluster.Nodes[1]);
        using var signedInOnA = await nodeA.AdminAsync();
        var jar = new CookieContainer();
        using var browserOnB = nodeB.AnonymousFrom("127.0.0.1", jar);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await browserOnB.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = CmsTestHost.AdminPassword }));

        using var tokenOnB = nodeB.Anonymous();
        tokenOnB.DefaultRequestHeaders.Authorization = signedInOnA.DefaultRequestHeaders.Authorization;
        using var cookieOnA = nodeA.Anonymous();
        cookieOnA.DefaultRequestHeaders.Add("Cookie", jar.GetCookieHeader(nodeB.BaseAddress));
        var tokenAnswer = await HttpAssert.StatusAsync(HttpStatusCode.OK, await tokenOnB.GetAsync("/api/auth/me"));
        var cookieAnswer = await HttpAssert.StatusAsync(HttpStatusCode.OK, await cookieOnA.GetAsync("/api/auth/me"));
        await HttpAssert.StatusAsync(HttpStatusCode.NoContent, await signedInOnA.PostAsync("/api/auth/logout", null));
        using var afterLogoutOnA = await tokenOnB.GetAsync("/api/auth/me");

        Assert.Equal("admin", tokenAnswer.GetProperty("userName").GetString());
        Assert.Equal("admin", cookieAnswer.GetProperty("userName").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, afterLogoutOnA.StatusCode);
        Assert.Empty(KeyRingFiles(nodeA.DataPath));
    }

    [Fact]
    public async Task Should_accept_a_token_from_before_a_restart_when_the_keys_are_in_the_database()
    {
        var dataPath = CmsTestHost.NewDataPath();
        string token;
        using (var first = new CmsTestHost(dataPath) { KeepData = true })
        {
            using var admin = await first.AdminAsync();
            token = admin.DefaultRequestHeaders.Authorization!.Parameter!;
        }

        using var second = new CmsTestHost(dataPath);
        using var client = second.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        using var me = await client.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.NotEmpty(KeyRows(dataPath));
        Assert.Empty(KeyRingFiles(dataPath));
    }

    [Fact]
    public async Task Should_store_the_keys_encrypted_when_a_certificate_is_configured()
    {
        var dataPath = CmsTestHost.NewDataPath();
        Directory.CreateDirectory(dataPath);
        var certificate = Path.Combine(dataPath, "key-ring.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=TraumaBond key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(certificate, created.Export(X509ContentType.Pfx, "pfx-password"));
        }

        var withCertificate = new Dictionary<string, string?> { ["Cms:KeyRing:CertificatePath"] = certificate, ["Cms:KeyRing:CertificatePassword"] = "pfx-password" };
        string token;
        using (var first = new CmsTestHost(dataPath, withCertificate) { KeepData = true })
        {
            using var admin = await first.AdminAsync();
            token = admin.DefaultRequestHeaders.Authorization!.Parameter!;
        }

        var rows = KeyRows(dataPath);
        HttpStatusCode withItAgain;
        using (var again = new CmsTestHost(dataPath, withCertificate) { KeepData = true })
        {
            withItAgain = await MeAsync(again, token);
        }

        using var without = new CmsTestHost(dataPath);
        var withoutIt = await MeAsync(without, token);

        Assert.NotEmpty(rows);
        Assert.All(rows, xml => Assert.Contains("EncryptedData", xml, StringComparison.Ordinal));
        Assert.All(rows, xml => Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, withItAgain);
        Assert.Equal(HttpStatusCode.Unauthorized, withoutIt);
    }

    private static async Task<HttpStatusCode> MeAsync(CmsTestHost host, string token)
    {
        using var client = host.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        using var me = await client.GetAsync("/api/auth/me");
        return me.StatusCode;
    }

    // The keys/ folder legitimately holds the server's signing key (signing-keys.json, issue 13); a key ring on disk
    // would be Data Protection's key-{id}.xml files.
    private static IEnumerable<string> KeyRingFiles(string dataPath) =>
        Directory.Exists(Path.Combine(dataPath, "keys")) ? Directory.EnumerateFiles(Path.Combine(dataPath, "keys"), "*.xml") : [];

    private static List<string> KeyRows(string dataPath)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataPath, "cms.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT xml FROM data_protection_keys ORDER BY key_row";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
