using System.Text.RegularExpressions;

namespace TraumaBondCms.Core.Safety;

/// <summary>
/// Computes <see cref="ReadabilityScore"/>s for English plain text. Sentences end at <c>.</c>, <c>!</c> or <c>?</c>
/// followed by white space or the end, and at every line break (headings and list items are sentences of their own).
/// Syllables are estimated from groups of vowels, with the usual corrections for silent final <c>e</c>, <c>-es</c> and
/// <c>-ed</c> (not after t or d); like every such estimate it is off by a little on some words, which is why short texts are not judged.
/// Pure and thread-safe.
/// </summary>
public static partial class Readability
{
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")]
    private static partial Regex Word();

    [GeneratedRegex(@"[.!?]+(?=[\s""'’”)\]]|$)|\n")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex("[aeiouy]+")]
    private static partial Regex VowelGroup();

    [GeneratedRegex("(?:[^laeiouy]es|[^laeiouytd]ed|[^laeiouy]e)$")]
    private static partial Regex SilentEnding();

    /// <summary>Scores <paramref name="text"/>.</summary>
    public static ReadabilityScore Score(string text)
    {
        int words = 0, syllables = 0, sentences = 0;
        foreach (var sentence in SentenceEnd().Split(text))
        {
            var inSentence = 0;
            foreach (Match word in Word().Matches(sentence))
            {
                if (!word.Value.Any(char.IsLetter))
                {
                    continue;
                }

                inSentence++;
                syllables += Syllables(word.Value);
            }

            words += inSentence;
            sentences += inSentence > 0 ? 1 : 0;
        }

        if (words == 0)
        {
            return new ReadabilityScore(0, 0, 0, 0, 0);
        }

        var wordsPerSentence = (double)words / sentences;
        var syllablesPerWord = (double)syllables / words;
        return new ReadabilityScore(
            words,
            sentences,
            syllables,
            Math.Round(206.835 - (1.015 * wordsPerSentence) - (84.6 * syllablesPerWord), 1),
            Math.Round((0.39 * wordsPerSentence) + (11.8 * syllablesPerWord) - 15.59, 1));
    }

    /// <summary>The estimated syllables of one word (at least 1).</summary>
    public static int Syllables(string word)
    {
        var total = 0;
        // A hyphenated word has the syllables of its parts; an apostrophe (don't, person's) adds none.
        foreach (var part in word.ToLowerInvariant().Replace("'", string.Empty, StringComparison.Ordinal).Replace("’", string.Empty, StringComparison.Ordinal).Split('-'))
        {
            var letters = new string(part.Where(char.IsLetter).ToArray());
            if (letters.Length == 0)
            {
                continue;
            }

            if (letters.Length <= 3)
            {
                total += 1;
                continue;
            }

            var stem = SilentEnding().Replace(letters, string.Empty);
            stem = stem.StartsWith('y') ? stem[1..] : stem;
            total += Math.Max(1, VowelGroup().Count(stem));
        }

        return Math.Max(1, total);
    }
}
