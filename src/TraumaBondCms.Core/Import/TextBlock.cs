namespace TraumaBondCms.Core.Import;

/// <summary>
/// One unit of the imported text while the importer's rules run: a line, or several hard-wrapped lines joined.
/// Mutable on purpose: each rule refines the classification left by the previous one.
/// </summary>
internal sealed class TextBlock(BlockKind kind, string text, int line)
{
    /// <summary>Current classification.</summary>
    public BlockKind Kind { get; set; } = kind;

    /// <summary>Plain text of the block: bullets without their marker, headings without "#", ordered items with their number.</summary>
    public string Text { get; set; } = text;

    /// <summary>1-based source line of the block's first line.</summary>
    public int Line { get; } = line;

    /// <summary>Heading level when <see cref="Kind"/> is <see cref="BlockKind.Heading"/>.</summary>
    public int Level { get; set; }

    /// <summary>True when the heading came from Markdown syntax ("## …" or an underline) rather than from a guess.</summary>
    public bool IsExplicitHeading { get; set; }

    /// <summary>The source's list marker ("-", "•", "→") for bullets; empty otherwise.</summary>
    public string ListMarker { get; init; } = "";

    /// <summary>Whether the block is promotional.</summary>
    public PromoRole Promo { get; set; }

    /// <summary>True for "For more insight, read …" lines that point to another article.</summary>
    public bool IsCrossReference { get; set; }

    /// <summary>True when the previous block ends with a colon, i.e. this block continues an introduced list.</summary>
    public bool FollowsColon { get; set; }

    /// <summary>The question this block opens, if it reads like an FAQ question.</summary>
    public FaqQuestionMatch? Question { get; set; }
}
