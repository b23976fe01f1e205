namespace TraumaBondCms.Core.Import;

/// <summary>What a <see cref="TextBlock"/> becomes in the Markdown body.</summary>
internal enum BlockKind
{
    /// <summary>A prose paragraph (one source line, or several joined hard-wrapped lines).</summary>
    Paragraph,

    /// <summary>A section heading; <see cref="TextBlock.Level"/> says which.</summary>
    Heading,

    /// <summary>An unordered list item; <see cref="TextBlock.Text"/> holds the text after the marker.</summary>
    Bullet,

    /// <summary>An ordered list item; <see cref="TextBlock.Text"/> still starts with its number ("2. …").</summary>
    OrderedItem,

    /// <summary>A separator line ("---", "* * *").</summary>
    ThematicBreak,

    /// <summary>A "Frequently Asked Questions" line that opens the FAQ section.</summary>
    FaqSectionStart,
}
