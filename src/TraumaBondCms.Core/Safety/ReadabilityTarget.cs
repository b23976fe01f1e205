namespace TraumaBondCms.Core.Safety;

/// <summary>A content type's readability target, checked by the <see cref="SafetyRuleNames.Readability"/> rule.</summary>
public sealed record ReadabilityTarget
{
    /// <summary>The Markdown or Text fields whose text is scored together.</summary>
    public required IReadOnlyList<string> Fields { get; init; }

    /// <summary>The lowest acceptable Flesch reading ease (0-100, higher is easier); null for no bound.</summary>
    public double? MinReadingEase { get; init; }

    /// <summary>The highest acceptable Flesch-Kincaid grade level; null for no bound.</summary>
    public double? MaxGrade { get; init; }

    /// <summary>Texts shorter than this many words are scored but not judged: both formulas are unreliable on a few sentences.</summary>
    public int MinWords { get; init; } = 100;
}
