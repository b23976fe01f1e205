namespace TraumaBondCms.Core.Import;

/// <summary>
/// The result of importing a text: a draft Article and its FAQ drafts, not yet persisted. Nothing here has
/// been reviewed; the caller stores it as a Draft for the clinical workflow.
/// </summary>
/// <param name="Title">Plain text, 1 to 160 characters.</param>
/// <param name="Summary">Plain text, at most 400 characters; the opening paragraph(s), cut at a word boundary with "…". Empty only when the body has no prose paragraph.</param>
/// <param name="BodyMarkdown">CommonMark without raw HTML (every "&lt;" is escaped); headings start at level 2.</param>
/// <param name="Headings">The body's headings in order.</param>
/// <param name="Faqs">FAQ drafts in order of appearance; their text is not repeated in <paramref name="BodyMarkdown"/>.</param>
/// <param name="Findings">Decisions for the editor to check, ordered by line.</param>
public sealed record ImportedArticle(
    string Title,
    string Summary,
    string BodyMarkdown,
    IReadOnlyList<ImportedHeading> Headings,
    IReadOnlyList<ImportedFaq> Faqs,
    IReadOnlyList<ImportFinding> Findings);
