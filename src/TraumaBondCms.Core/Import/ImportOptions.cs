namespace TraumaBondCms.Core.Import;

/// <summary>
/// Switches for <see cref="PlainTextArticleImporter.Import"/>. Immutable; a single instance may be shared
/// between threads. Every switch defaults to the behaviour editors want for pasted web or word-processor text.
/// </summary>
public sealed record ImportOptions
{
    /// <summary>The options used when <c>null</c> is passed to the importer: no title override, every rule on.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>
    /// Title to use instead of the one found in the text. <c>null</c> or whitespace means "take it from the
    /// text". When set, a title line at the top of the text is still consumed (and reported as
    /// <see cref="ImportFindingKind.TitleOverridden"/>) so it does not reappear in the body. At most 160 characters.
    /// </summary>
    public string? Title { get; init; }

    /// <summary>Whether "Q1: …?" style questions (and questions under a "Frequently Asked Questions" line) become FAQ drafts.</summary>
    public bool DetectFaqs { get; init; } = true;

    /// <summary>Whether paragraphs that repeat earlier text verbatim (a common copy-paste accident) are dropped.</summary>
    public bool CollapseRepeats { get; init; } = true;

    /// <summary>Whether calls to action, share/follow residue and link lists (e.g. "→ Spotify") are dropped.</summary>
    public bool DropPromotional { get; init; } = true;
}
