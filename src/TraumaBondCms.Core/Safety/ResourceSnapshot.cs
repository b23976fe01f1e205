using System.Globalization;
using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Core.Safety;

/// <summary>
/// A published resource as the safety rules and crisis routing see it: its channels, region, crisis flag and where it
/// stands with verification at a given time. Immutable.
/// </summary>
public sealed record ResourceSnapshot
{
    /// <summary>The default verification interval when the type sets none.</summary>
    public const int DefaultIntervalDays = 90;

    /// <summary>The resource's published version.</summary>
    public required ContentItem Item { get; init; }

    /// <summary>Its region; null when it has none or an invalid one.</summary>
    public RegionCode? Region { get; init; }

    /// <summary>True when the crisis flag field is true.</summary>
    public bool IsCrisisLine { get; init; }

    /// <summary>The topic slugs of its Tags fields.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Its phone numbers and web addresses.</summary>
    public required IReadOnlyList<ResourceChannel> Channels { get; init; }

    /// <summary>Its verification status.</summary>
    public required VerificationStatus Status { get; init; }

    /// <summary>
    /// The channels as last verified (the newest verification record's values, whatever the published text says): what
    /// the helpline checks compare numbers and addresses against. Empty when the resource was never verified.
    /// </summary>
    public IReadOnlyList<ResourceChannel> ReferenceChannels { get; init; } = [];

    /// <summary>The latest verification of its current channel values; null when there is none.</summary>
    public ResourceVerification? LastVerification { get; init; }

    /// <summary>When the next verification is due (last verification plus the interval); null when never verified.</summary>
    public DateTimeOffset? DueUtc { get; init; }

    /// <summary>The resource's name (display text).</summary>
    public string Name => Item.DisplayText;

    /// <summary>True when its current contact details were verified at some point (current or overdue): the checks may rely on it.</summary>
    public bool IsVerified => Status is VerificationStatus.Current or VerificationStatus.Overdue;

    /// <summary>
    /// Builds the snapshot of <paramref name="item"/> (a version of the resource type) from its verification records
    /// (any order) as of <paramref name="now"/>. The verification that counts is the newest whose channel values equal
    /// the item's; when records exist but none matches, the status is <see cref="VerificationStatus.ChannelsChanged"/>.
    /// </summary>
    public static ResourceSnapshot From(ContentItem item, ContentTypeDefinition type, ResourceSettings settings, IEnumerable<ResourceVerification> verifications, DateTimeOffset now)
    {
        var (_, hash) = ResourceChannels.Fingerprint(item.Fields, settings.ChannelFields);
        var records = verifications.Where(v => v.ContentItemId == item.ContentItemId).OrderByDescending(v => v.VerifiedUtc).ToList();
        var last = records.FirstOrDefault(v => v.ChannelsHash == hash);
        // The interval runs from when the person checked, when they said (a check recorded late is not fresher for it).
        var due = last is null ? (DateTimeOffset?)null : (last.CheckedUtc ?? last.VerifiedUtc).AddDays(type.VerificationIntervalDays ?? DefaultIntervalDays);
        var status = last is null
            ? (records.Count == 0 ? VerificationStatus.NeverVerified : VerificationStatus.ChannelsChanged)
            : (now > due ? VerificationStatus.Overdue : VerificationStatus.Current);
        return new ResourceSnapshot
        {
            Item = item,
            Region = RegionCode.TryParse(item.Fields.GetString(settings.RegionField), out _),
            IsCrisisLine = item.Fields.TryGetValue(settings.CrisisFlagField, out var flag) && flag.ValueKind == System.Text.Json.JsonValueKind.True,
            Topics = type.Fields.Where(f => f.Kind == ContentFieldKind.Tags).SelectMany(f => item.Fields.GetStrings(f.Name)).ToArray(),
            Channels = ResourceChannels.Of(type, item.Fields, settings.ChannelFields),
            ReferenceChannels = records.Count == 0 ? [] : ResourceChannels.Of(type, ContentFields.Parse(records[0].Channels), settings.ChannelFields),
            Status = status,
            LastVerification = last,
            DueUtc = due,
        };
    }

    /// <summary>A phrase describing the verification for messages, e.g. "last verified 2025-03-01 by dr.okafor".</summary>
    public string DescribeVerification() => Status switch
    {
        VerificationStatus.NeverVerified => "never verified",
        VerificationStatus.ChannelsChanged => "its contact details changed since they were last verified",
        _ => string.Create(CultureInfo.InvariantCulture, $"last verified {LastVerification!.VerifiedUtc:yyyy-MM-dd} by {LastVerification.VerifiedByDisplayName}, due {DueUtc:yyyy-MM-dd}"),
    };
}
