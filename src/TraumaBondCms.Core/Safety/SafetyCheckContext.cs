using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Core.Safety;

/// <summary>
/// Everything the safety rules look at for one version: the item and its type's rules, the published resources with
/// their verification status, the item's region and the time. The text, numbers and matches are worked out once, on
/// first use. Built by the caller inside the transaction that checks; not thread-safe.
/// </summary>
public sealed class SafetyCheckContext
{
    /// <summary>The version checked.</summary>
    public required ContentItem Item { get; init; }

    /// <summary>Its content type.</summary>
    public required ContentTypeDefinition Type { get; init; }

    /// <summary>The type's safety rules.</summary>
    public required ContentTypeSafetyRules Rules { get; init; }

    /// <summary>The site's safety settings.</summary>
    public required SafetySettings Settings { get; init; }

    /// <summary>Every published resource, with its verification status as of <see cref="Now"/>.</summary>
    public required IReadOnlyList<ResourceSnapshot> Resources { get; init; }

    /// <summary>The item's region (its region field, else the site's default region); null when unknown.</summary>
    public RegionCode? Region { get; init; }

    /// <summary>The time of the check.</summary>
    public required DateTimeOffset Now { get; init; }

    /// <summary>True when the item is itself a resource.</summary>
    public bool IsResource => Settings.Resources?.ContentType == Item.ContentType;

    /// <summary>For a resource: its own channels (numbers and addresses it may quote freely); empty otherwise.</summary>
    public IReadOnlyList<ResourceChannel> OwnChannels => field ??= IsResource ? ResourceChannels.Of(Type, Item.Fields, Settings.Resources!.ChannelFields) : [];

    /// <summary>The item's text, links and raw HTML; a resource's own channel fields are left out.</summary>
    public ExtractedText Text => field ??= ContentTextExtractor.Extract(Type, Item.Fields, IsResource ? Settings.Resources!.ChannelFields.ToHashSet(StringComparer.Ordinal) : null);

    /// <summary>Every number in the text, helpline-looking or not.</summary>
    public IReadOnlyList<PhoneCandidate> Numbers => field ??= Text.Segments.SelectMany(s => PhoneNumberExtractor.Extract(s.Field, s.Text)).ToList();

    /// <summary>What each helpline-looking number and link matched.</summary>
    public IReadOnlyList<ChannelMatch> Matches => field ??= HelplineMatcher.Match(this);

    /// <summary>The published resources picked in the related-resources field (picked ids that are not published resources are left out).</summary>
    public IReadOnlyList<ResourceSnapshot> PickedResources => field ??= PickResources();

    /// <summary>The readability of the target's fields; null when the type has no target or the fields hold no words.</summary>
    public ReadabilityScore? Readability => field ??= Rules.Readability is { } target && Text.PlainText(target.Fields) is { Length: > 0 } text
        ? Safety.Readability.Score(text)
        : null;

    private List<ResourceSnapshot> PickResources()
    {
        if (Rules.RelatedResourcesField is not { } picker)
        {
            return [];
        }

        var ids = Item.Fields.GetStrings(picker);
        return Resources.Where(r => ids.Contains(r.Item.ContentItemId, StringComparer.Ordinal)).ToList();
    }
}
