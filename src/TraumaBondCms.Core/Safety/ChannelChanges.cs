using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Core.Safety;

/// <summary>
/// Who changed a resource's contact channels: the authors of the versions that introduced a set of channel values (the
/// first version holding them after one that did not). A verification of those values by one of them is a
/// self-verification, which the two-person rule refuses. Pure and thread-safe.
/// </summary>
public static class ChannelChanges
{
    /// <summary>
    /// The authors of the versions among <paramref name="versions"/> (any order) that introduced channel values with
    /// fingerprint <paramref name="channelsHash"/> (see <see cref="ResourceChannels.Fingerprint"/>).
    /// </summary>
    public static IReadOnlySet<string> AuthorsOf(IReadOnlyList<ContentItem> versions, IReadOnlyList<string> channelFields, string channelsHash)
    {
        var authors = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string? previous = null;
        foreach (var version in versions.OrderBy(v => v.Version))
        {
            var (_, hash) = ResourceChannels.Fingerprint(version.Fields, channelFields);
            if (hash == channelsHash && previous != hash)
            {
                authors.Add(version.Author);
            }

            previous = hash;
        }

        return authors;
    }
}
