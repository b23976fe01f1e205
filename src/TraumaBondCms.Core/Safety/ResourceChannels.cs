using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Core.Safety;

/// <summary>Reads a resource's channel fields (see <see cref="ResourceSettings.ChannelFields"/>). Pure and thread-safe.</summary>
public static class ResourceChannels
{
    /// <summary>
    /// The channel fields' values as canonical JSON (absent fields left out) and their hash, written
    /// <c>sha256:&lt;hex&gt;</c>. Two versions with equal channel values have equal fingerprints, so a verification
    /// survives edits to the description but not to a number.
    /// </summary>
    public static (string Json, string Hash) Fingerprint(ContentFields fields, IReadOnlyList<string> channelFields)
    {
        var json = CanonicalJson.Serialize(fields.Where(f => channelFields.Contains(f.Key, StringComparer.Ordinal)));
        return (json, "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))));
    }

    /// <summary>The phone numbers (Phone fields) and web addresses (Link fields) among the channel fields, in field order.</summary>
    public static IReadOnlyList<ResourceChannel> Of(ContentTypeDefinition type, ContentFields fields, IReadOnlyList<string> channelFields)
    {
        var channels = new List<ResourceChannel>();
        foreach (var field in type.Fields.Where(f => channelFields.Contains(f.Name, StringComparer.Ordinal)))
        {
            if (!fields.TryGetValue(field.Name, out var value))
            {
                continue;
            }

            var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToArray() : [value];
            foreach (var item in items)
            {
                switch (field.EffectiveItemKind)
                {
                    case ContentFieldKind.Phone when item.ValueKind == JsonValueKind.String:
                        channels.Add(new ResourceChannel(field.Name, ChannelKind.Phone, item.GetString()!, PhoneNumberKey.Parse(item.GetString()!), null));
                        break;
                    case ContentFieldKind.Link when item.ValueKind == JsonValueKind.Object && item.TryGetProperty("url", out var url) && WebHosts.Of(url.GetString()!) is { } host:
                        channels.Add(new ResourceChannel(field.Name, ChannelKind.Web, url.GetString()!, null, host));
                        break;
                }
            }
        }

        return channels;
    }
}
