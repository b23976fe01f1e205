using System.Text;
using TraumaBondCms.Web.Tests.Media;

namespace TraumaBondCms.Web.Tests.Http;

/// <summary>
/// Hostile uploads to the media library (<c>POST /api/media</c>, <c>PUT /api/media/{id}/file</c>), as raw multipart bodies:
/// no file part, files that are not what they claim or carry scripts, text with control characters or far too long, too
/// many tags, a body that breaks off or names no boundary, and callers who may not upload. Each must be refused with
/// nothing stored: a valid image goes only with a refused form value, so no input adds an asset.
/// </summary>
public static class HostileMedia
{
    private const string Boundary = "hostile-boundary";

    /// <summary>Every hostile upload.</summary>
    public static IEnumerable<HostileInput> All()
    {
        var png = TestImages.Encoded(".png", 16, 16, 5);
        var parts = new (string Name, (string Name, string? FileName, byte[] Bytes)[] Parts)[]
        {
            ("no file part", [("alt", null, "A lake."u8.ToArray())]),
            ("a renamed executable", [("file", "photo.jpg", TestImages.Executable())]),
            ("an SVG with a script", [("file", "diagram.png", TestImages.SvgWithScript())]),
            ("an encrypted PDF", [("file", "plan.pdf", TestPdfs.Encrypted())]),
            ("an empty file", [("file", "empty.png", [])]),
            ("alt text with control characters", [("file", "lake.png", png), ("alt", null, Encoding.UTF8.GetBytes("\u001b[31mred\u001b[0m \u202Etxt.exe"))]),
            ("alt text far too long", [("file", "lake.png", png), ("alt", null, Encoding.UTF8.GetBytes(new string('a', 300_000)))]),
            ("alt text that is not UTF-8", [("file", "lake.png", png), ("alt", null, [0x41, 0xFF, 0xFE, 0xED, 0xA0, 0x80])]),
            ("too many tags", [("file", "lake.png", png), ("tags", null, Encoding.UTF8.GetBytes(string.Join(',', Enumerable.Range(0, 30).Select(i => $"t{i}"))))]),
            ("a placeholder as alt text", [("file", "lake.png", png), ("alt", null, "image"u8.ToArray())]),
        };
        foreach (var (route, method, path) in new[] { ("POST /api/media/", "POST", "/api/media"), ("PUT /api/media/{id}/file", "PUT", "/api/media/no-such-asset/file") })
        {
            foreach (var (_, fields) in parts)
            {
                yield return new(route, Caller.Admin, method, path, Multipart(fields), $"multipart/form-data; boundary={Boundary}");
            }

            var whole = Multipart([("file", "lake.png", png), ("alt", null, "A lake at dawn."u8.ToArray())]);
            yield return new(route, Caller.Anonymous, method, path, whole, $"multipart/form-data; boundary={Boundary}");
            yield return new(route, Caller.Admin, method, path, whole[..(whole.Length / 2)], $"multipart/form-data; boundary={Boundary}");
            yield return new(route, Caller.Admin, method, path, whole, "multipart/form-data");
            yield return new(route, Caller.Admin, method, path, whole, "multipart/form-data; boundary=another-boundary");
        }
    }

    private static byte[] Multipart(IEnumerable<(string Name, string? FileName, byte[] Bytes)> fields)
    {
        using var body = new MemoryStream();
        foreach (var (name, fileName, bytes) in fields)
        {
            var disposition = fileName is null ? $"form-data; name=\"{name}\"" : $"form-data; name=\"{name}\"; filename=\"{fileName}\"\r\nContent-Type: image/png";
            body.Write(Encoding.UTF8.GetBytes($"--{Boundary}\r\nContent-Disposition: {disposition}\r\n\r\n"));
            body.Write(bytes);
            body.Write("\r\n"u8);
        }

        body.Write(Encoding.UTF8.GetBytes($"--{Boundary}--\r\n"));
        return body.ToArray();
    }
}
