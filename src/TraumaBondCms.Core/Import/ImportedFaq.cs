namespace TraumaBondCms.Core.Import;

/// <summary>An FAQ draft found in the imported text, to be stored as an FAQ item linked to the article.</summary>
/// <param name="Question">Plain text, at most 300 characters, ending with the question mark; numbering such as "Q1:" is removed.</param>
/// <param name="AnswerMarkdown">The answer as Markdown without raw HTML; empty when the text gave no answer (see <see cref="ImportFindingKind.FaqAnswerMissing"/>).</param>
public sealed record ImportedFaq(string Question, string AnswerMarkdown);
