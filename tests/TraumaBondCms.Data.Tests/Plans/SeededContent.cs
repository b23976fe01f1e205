namespace TraumaBondCms.Data.Tests.Plans;

/// <summary>What <see cref="ScaleSeed"/> wrote that the query shapes look up: ids, slugs and names that exist.</summary>
public sealed record SeededContent
{
    /// <summary>How many versions were written (at least 20,000).</summary>
    public required int Versions { get; init; }

    /// <summary>An item with valid approvals.</summary>
    public required string ApprovedItem { get; init; }

    /// <summary>A published article with no pending draft.</summary>
    public required string Article { get; init; }

    /// <summary>A published article with a newer draft.</summary>
    public required string ArticleWithDraft { get; init; }

    /// <summary>The slug of <see cref="Article"/>.</summary>
    public required string ArticleSlug { get; init; }

    /// <summary>A version id of <see cref="ArticleWithDraft"/> (its published one).</summary>
    public required string PublishedVersionId { get; init; }

    /// <summary>The content hash of <see cref="Article"/>'s published version.</summary>
    public required string ArticleHash { get; init; }

    /// <summary>Articles to read together.</summary>
    public required IReadOnlyList<string> Articles { get; init; }

    /// <summary>A topic's slug that about one article in twenty is tagged with (fewer than a list reads and sorts).</summary>
    public required string TopicSlug { get; init; }

    /// <summary>A topic's slug that about a quarter of the articles are tagged with (a list walks its order for it).</summary>
    public required string CommonTopicSlug { get; init; }

    /// <summary>Resources to read together.</summary>
    public required IReadOnlyList<string> Resources { get; init; }

    /// <summary>A resource some articles name in <c>relatedResources</c>.</summary>
    public required string Resource { get; init; }

    /// <summary>An editor who owns about a tenth of the items.</summary>
    public required string Owner { get; init; }

    /// <summary>A webhook with many deliveries.</summary>
    public required string Webhook { get; init; }

    /// <summary>A delivery of <see cref="Webhook"/>.</summary>
    public required string Delivery { get; init; }

    /// <summary>The hash of a stored preview token.</summary>
    public required string PreviewTokenHash { get; init; }

    /// <summary>The id of that preview token.</summary>
    public required string PreviewTokenId { get; init; }

    /// <summary>A review comment.</summary>
    public required string Comment { get; init; }

    /// <summary>A schedule.</summary>
    public required string Schedule { get; init; }

    /// <summary>The seed's clock at its end: every time written is before it.</summary>
    public required DateTimeOffset Now { get; init; }
}
