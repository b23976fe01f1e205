namespace TraumaBondCms.Core.Import;

/// <summary>The kinds of <see cref="ImportFinding"/>.</summary>
public enum ImportFindingKind
{
    /// <summary>The text had no title line and no title was given; the title was taken from a heading or the first sentence.</summary>
    TitleGuessed,

    /// <summary>The options' title replaced a title line found at the top of the text.</summary>
    TitleOverridden,

    /// <summary>A question and its answer were moved from the body into an FAQ draft.</summary>
    FaqDetected,

    /// <summary>A question was found but no answer text followed it.</summary>
    FaqAnswerMissing,

    /// <summary>A run of paragraphs repeating earlier text verbatim was dropped; the message gives the count.</summary>
    RepeatedParagraphsCollapsed,

    /// <summary>A promotional section (call to action, music or social promotion) was dropped; the message names its heading.</summary>
    PromotionalSectionRemoved,

    /// <summary>Stray promotional lines (share buttons, "→ Spotify" link lists, a trailing button label) were dropped.</summary>
    PromotionalLinesRemoved,

    /// <summary>A line inside a promotional block was kept because it carries crisis or safety information.</summary>
    SafetyContentKept,

    /// <summary>A line points readers to another article ("For more insight, read …"); it was kept and needs a link or removal.</summary>
    CrossReferenceFound,

    /// <summary>A line contained HTML-like markup; it was escaped and will show as literal text.</summary>
    MarkupEscaped,
}
