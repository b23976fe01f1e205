using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Web.Admin.History;

/// <summary>One event of an item's review history, in words, with what it concerned.</summary>
public sealed record ReviewEvent
{
    /// <summary>What happened.</summary>
    public required ReviewEventKind Kind { get; init; }

    /// <summary>When.</summary>
    public required DateTimeOffset OccurredUtc { get; init; }

    /// <summary>The sentence shown, e.g. "Submitted version 2 for review".</summary>
    public required string Title { get; init; }

    /// <summary>Who did it (user name); null for the system (setup, scheduler).</summary>
    public string? Actor { get; init; }

    /// <summary>The version concerned; null when the event is about no one version.</summary>
    public int? Version { get; init; }

    /// <summary>The comment or reason given; null for none.</summary>
    public string? Text { get; init; }

    /// <summary>The signature, for <see cref="ReviewEventKind.Approved"/>.</summary>
    public SignatureManifestation? Signature { get; init; }

    /// <summary>The comment record (field, resolution), for comments and requests for changes.</summary>
    public ReviewComment? Comment { get; init; }

    /// <summary>Further facts shown in small print (e.g. "due 2026-05-04 09:00 UTC"); null for none.</summary>
    public string? Detail { get; init; }

    /// <summary>True for a comment that was resolved: shown collapsed.</summary>
    public bool Collapsed => Comment?.ResolvedUtc is not null && Kind == ReviewEventKind.Comment;
}
