namespace TraumaBondCms.Core.Diff;

/// <summary>How finely a text diff locates changes.</summary>
public enum DiffGranularity
{
    /// <summary>
    /// Changes are located to words, runs of white space, line breaks and single punctuation marks, so
    /// "leave." → "leave!" shows only the "." replaced.
    /// </summary>
    Word,

    /// <summary>
    /// The text was too heavily rewritten (or too large) for a word diff within the work budget (see
    /// <see cref="TextDiff.Compare"/>), so changes are located to whole lines (for Markdown: whole
    /// paragraphs); every segment starts at the start of a line. In the rarest case even the line diff is
    /// over budget, and the region between the common leading and trailing lines is shown as one deletion
    /// and one insertion.
    /// </summary>
    Line,
}
