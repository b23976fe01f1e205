using System.Text.Json;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Safety;
using TraumaBondCms.Core.Tests.Content;
using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Core.Tests.Safety;

/// <summary>
/// The shared harness of the safety rule tests: the recipe's content types, safety settings shaped like the recipe's
/// (every rule on, as errors unless a test says otherwise), a directory of four published resources with a chosen
/// verification status, and helpers that build a <see cref="SafetyCheckContext"/> and return the findings of one rule.
/// </summary>
internal static class SafetyFixtures
{
    /// <summary>The time every check runs at.</summary>
    public static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static readonly ResourceSettings Resources = new()
    {
        ContentType = "Resource",
        CrisisFlagField = "isCrisisLine",
        RegionField = "region",
        ChannelFields = ["phone", "sms", "smsKeyword", "website", "chatUrl", "hours", "region"],
    };

    public static readonly IReadOnlyList<RiskTopic> RiskTopics =
    [
        new("abuse", ["abuse", "coercive-control"], ["abuse", "abusive"]),
        new("suicide", ["self-harm-and-suicide"], ["suicide", "suicidal"]),
    ];

    /// <summary>Article rules with every rule at <paramref name="severity"/>.</summary>
    public static ContentTypeSafetyRules ArticleRules(CheckSeverity severity = CheckSeverity.Error, ReadabilityTarget? readability = null) => new()
    {
        ContentType = "Article",
        Rules = SafetyRuleNames.All.ToDictionary(r => r, _ => severity),
        TopicsField = "topics",
        ContentWarningField = "contentWarning",
        RelatedResourcesField = "relatedResources",
        Readability = readability ?? new ReadabilityTarget { Fields = ["body"], MinReadingEase = 50, MaxGrade = 10 },
    };

    /// <summary>Resource rules with every rule an error.</summary>
    public static ContentTypeSafetyRules ResourceRules() => new() { ContentType = "Resource", Rules = SafetyRuleNames.All.ToDictionary(r => r, _ => CheckSeverity.Error) };

    public static SafetySettings Settings(params ContentTypeSafetyRules[] types) => new()
    {
        Resources = Resources,
        EmergencyNumbers = ["911", "999"],
        BlockedHosts = ["bit.ly", "spam.example"],
        RiskTopics = RiskTopics,
        Types = types,
    };

    /// <summary>A content item of <paramref name="type"/> with <paramref name="fields"/> (validated as the API would), version 1, latest.</summary>
    public static ContentItem Item(ContentTypeDefinition type, object fields, string? id = null, bool published = false)
    {
        var content = ContentFieldValidator.Validate(type, JsonSerializer.SerializeToElement(fields), applyDefaults: true);
        return new ContentItem
        {
            ContentItemId = id ?? ContentIds.New(),
            ContentItemVersionId = ContentIds.New(),
            ContentType = type.Name,
            Version = 1,
            Latest = true,
            Published = published,
            DisplayText = content.DisplayText,
            Slug = content.Slug,
            Owner = "editor",
            Author = "editor",
            CreatedUtc = Now.AddDays(-200),
            ModifiedUtc = Now.AddDays(-200),
            ContentHash = content.ContentHash,
            Fields = content.Fields,
        };
    }

    /// <summary>A published resource whose verification is in <paramref name="status"/> as of <see cref="Now"/>.</summary>
    public static ResourceSnapshot Resource(string id, object fields, VerificationStatus status = VerificationStatus.Current)
    {
        var item = Item(RecipeContentTypes.Resource, fields, id, published: true);
        var (json, hash) = ResourceChannels.Fingerprint(item.Fields, Resources.ChannelFields);
        ResourceVerification Verified(DateTimeOffset at, string channelsHash) => new()
        {
            VerificationId = ContentIds.New(),
            ContentItemId = id,
            ContentItemVersionId = item.ContentItemVersionId,
            ContentHash = item.ContentHash,
            ChannelsHash = channelsHash,
            Channels = json,
            VerifiedBy = "dr.okafor",
            VerifiedByDisplayName = "Dr Okafor",
            VerifiedUtc = at,
            Kind = VerificationKind.Person,
        };
        ResourceVerification[] records = status switch
        {
            VerificationStatus.Current => [Verified(Now.AddDays(-10), hash)],
            VerificationStatus.Overdue => [Verified(Now.AddDays(-120), hash)],
            VerificationStatus.ChannelsChanged => [Verified(Now.AddDays(-10), "sha256:other") with { Channels = """{"phone":"1-202-555-0100"}""" }],
            _ => [],
        };
        return ResourceSnapshot.From(item, RecipeContentTypes.Resource, Resources, records, Now);
    }

    public static ResourceSnapshot Hotline(VerificationStatus status = VerificationStatus.Current) => Resource("resource-us-ndvh", new
    {
        name = "National Domestic Violence Hotline",
        phone = "1-800-799-7233",
        sms = "88788",
        smsKeyword = "START",
        website = new { url = "https://www.thehotline.org" },
        hours = new { alwaysOpen = true },
        region = "US",
        isCrisisLine = true,
        topics = new[] { "abuse" },
    }, status);

    public static ResourceSnapshot Lifeline(VerificationStatus status = VerificationStatus.Current) => Resource("resource-us-988-lifeline", new
    {
        name = "988 Suicide & Crisis Lifeline",
        phone = "988",
        sms = "988",
        website = new { url = "https://988lifeline.org" },
        chatUrl = new { url = "https://988lifeline.org/chat" },
        hours = new { alwaysOpen = true },
        region = "US",
        isCrisisLine = true,
        topics = new[] { "self-harm-and-suicide" },
    }, status);

    public static ResourceSnapshot UkHelpline(VerificationStatus status = VerificationStatus.Current) => Resource("resource-gb-helpline", new
    {
        name = "National Domestic Abuse Helpline",
        phone = "0808 2000 247",
        website = new { url = "https://www.nationaldahelpline.org.uk" },
        hours = new { alwaysOpen = true },
        region = "GB",
        isCrisisLine = true,
    }, status);

    public static ResourceSnapshot Directory() => Resource("resource-global-directory", new
    {
        name = "Find A Helpline",
        website = new { url = "https://findahelpline.com" },
        region = "GLOBAL",
        isCrisisLine = false,
    });

    /// <summary>The four resources above, all verified and current.</summary>
    public static IReadOnlyList<ResourceSnapshot> AllResources() => [Hotline(), Lifeline(), UkHelpline(), Directory()];

    /// <summary>A check context for an Article with <paramref name="fields"/> (a title and body are added when missing).</summary>
    public static SafetyCheckContext Article(object fields, IReadOnlyList<ResourceSnapshot>? resources = null, string? region = "US", ContentTypeSafetyRules? rules = null)
    {
        var values = JsonSerializer.SerializeToElement(fields).EnumerateObject().ToDictionary(p => p.Name, p => (object)p.Value);
        values.TryAdd("title", "A test article");
        values.TryAdd("body", "Text.");
        rules ??= ArticleRules();
        return Context(Item(RecipeContentTypes.Article, values), RecipeContentTypes.Article, rules, resources, region);
    }

    /// <summary>A check context for a Resource draft with <paramref name="fields"/>.</summary>
    public static SafetyCheckContext ResourceDraft(object fields, IReadOnlyList<ResourceSnapshot>? resources = null) =>
        Context(Item(RecipeContentTypes.Resource, fields), RecipeContentTypes.Resource, ResourceRules(), resources, "US");

    public static SafetyCheckContext Context(ContentItem item, ContentTypeDefinition type, ContentTypeSafetyRules rules, IReadOnlyList<ResourceSnapshot>? resources, string? region) => new()
    {
        Item = item,
        Type = type,
        Rules = rules,
        Settings = Settings(rules),
        Resources = resources ?? AllResources(),
        Region = region is null ? null : RegionCode.TryParse(region, out _),
        Now = Now,
    };

    /// <summary>The findings of one rule.</summary>
    public static IReadOnlyList<CheckFinding> Findings(SafetyCheckContext context, string rule) =>
        SafetyChecker.Run(context).Findings.Where(f => f.Rule == rule).ToList();
}
