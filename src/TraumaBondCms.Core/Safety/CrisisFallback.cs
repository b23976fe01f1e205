namespace TraumaBondCms.Core.Safety;

/// <summary>
/// What crisis routing returns after the region's and the country's resources: the configured global resources, and
/// when none of them is published, a built-in entry, so the answer is never empty.
/// </summary>
public sealed record CrisisFallback
{
    /// <summary>The built-in fallback, used when no <c>SafetyRules</c> step configured one.</summary>
    public static CrisisFallback Default { get; } = new()
    {
        Name = "Find A Helpline",
        Url = "https://findahelpline.com",
        Note = "If you or someone else is in immediate danger, call your local emergency number.",
    };

    /// <summary>Content item ids of Resources that serve every region, listed after any GLOBAL crisis lines.</summary>
    public IReadOnlyList<string> Resources { get; init; } = [];

    /// <summary>The name of the built-in entry shown when none of <see cref="Resources"/> is published.</summary>
    public required string Name { get; init; }

    /// <summary>The web address of the built-in entry.</summary>
    public required string Url { get; init; }

    /// <summary>A sentence shown with every fallback answer, e.g. to call the local emergency number.</summary>
    public required string Note { get; init; }
}
