namespace TraumaBondCms.Core.Import;

/// <summary>A question found at the start of a block.</summary>
/// <param name="Question">The question up to and including its question mark, without numbering.</param>
/// <param name="InlineAnswer">Text after the question mark on the same line; empty when the answer starts on the next line.</param>
/// <param name="NeedsFaqSection">True for weak forms ("1) …?", a question-like heading) that only count under an FAQ line.</param>
internal sealed record FaqQuestionMatch(string Question, string InlineAnswer, bool NeedsFaqSection);
