namespace TraumaBondCms.Core.Safety;

/// <summary>Readability of a text by the Flesch formulas, with the counts they were computed from.</summary>
/// <param name="Words">Words counted (tokens with at least one letter).</param>
/// <param name="Sentences">Sentences counted (at least 1 when there are words).</param>
/// <param name="Syllables">Syllables estimated.</param>
/// <param name="ReadingEase">
/// Flesch reading ease, 206.835 - 1.015 (words/sentences) - 84.6 (syllables/words), rounded to one decimal: about 60-70
/// is plain English, below 30 is hard. 0 for a text without words.
/// </param>
/// <param name="Grade">
/// Flesch-Kincaid grade level, 0.39 (words/sentences) + 11.8 (syllables/words) - 15.59, rounded to one decimal: the US
/// school grade that can read the text. 0 for a text without words.
/// </param>
public sealed record ReadabilityScore(int Words, int Sentences, int Syllables, double ReadingEase, double Grade);
