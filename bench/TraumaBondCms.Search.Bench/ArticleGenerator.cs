using System.Text;
using System.Text.Json;
using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Search.Bench;

/// <summary>
/// Deterministic articles of realistic shape: a title of 5–12 words, a summary of 25–55 words, a Markdown body of 300–1,300
/// words in paragraphs under headings, one to four topics. Words follow Zipf's law over a 30,000-word vocabulary whose most
/// frequent words are those of the seeded library, so common words are very common and most words are rare, as in text.
/// </summary>
internal sealed class ArticleGenerator
{
    public static readonly string[] Topics =
    [
        "trauma-bonding", "abuse", "self-harm-and-suicide", "healing-and-recovery", "supporting-someone", "abuse-cycle",
        "intermittent-reinforcement", "codependency", "gaslighting", "coercive-control", "leaving-safely", "no-contact",
    ];

    private readonly string[] _vocabulary;
    private readonly double[] _cumulative;
    private readonly Random _random;

    public ArticleGenerator(IEnumerable<string> seedWords, int vocabularySize, int seed)
    {
        _random = new Random(seed);
        var words = seedWords.Distinct(StringComparer.Ordinal).ToList();
        var syllables = new[] { "ka", "lo", "mi", "ren", "ta", "vo", "sel", "dun", "par", "ith", "ou", "ba", "ne", "cor", "ly", "tem", "ash", "fri", "go", "ul" };
        var synthetic = new Random(seed + 1);
        var known = new HashSet<string>(words, StringComparer.Ordinal);
        while (words.Count < vocabularySize)
        {
            var word = string.Concat(Enumerable.Range(0, synthetic.Next(2, 5)).Select(_ => syllables[synthetic.Next(syllables.Length)]));
            if (known.Add(word))
            {
                words.Add(word);
            }
        }

        _vocabulary = [.. words.Take(vocabularySize)];
        _cumulative = new double[_vocabulary.Length];
        var total = 0.0;
        for (var rank = 0; rank < _vocabulary.Length; rank++)
        {
            total += 1.0 / Math.Pow(rank + 1, 1.05);
            _cumulative[rank] = total;
        }

        for (var rank = 0; rank < _cumulative.Length; rank++)
        {
            _cumulative[rank] /= total;
        }
    }

    /// <summary>The word of a frequency rank (0 is the most frequent).</summary>
    public string WordAt(int rank) => _vocabulary[rank];

    /// <summary>The number of words.</summary>
    public int VocabularySize => _vocabulary.Length;

    /// <summary>The fields of the next article, and its body words (for queries a reader of it might type).</summary>
    public (ContentFields Fields, string Title, string[] Topics, string Body) Next(int number)
    {
        var title = Capitalize(Words(_random.Next(5, 13)));
        var summary = Sentences(_random.Next(25, 56));
        var body = new StringBuilder();
        var remaining = _random.Next(300, 1301);
        while (remaining > 0)
        {
            body.Append("## ").Append(Capitalize(Words(_random.Next(3, 8)))).Append("\n\n");
            var paragraphs = _random.Next(2, 5);
            for (var paragraph = 0; paragraph < paragraphs && remaining > 0; paragraph++)
            {
                var length = Math.Min(remaining, _random.Next(40, 120));
                body.Append(Sentences(length)).Append("\n\n");
                remaining -= length;
            }
        }

        var topics = Topics.OrderBy(_ => _random.Next()).Take(_random.Next(1, 5)).ToArray();
        var fields = ContentFields.From(
        [
            KeyValuePair.Create("title", JsonSerializer.SerializeToElement(title)),
            KeyValuePair.Create("slug", JsonSerializer.SerializeToElement($"bench-article-{number}")),
            KeyValuePair.Create("summary", JsonSerializer.SerializeToElement(summary)),
            KeyValuePair.Create("body", JsonSerializer.SerializeToElement(body.ToString())),
            KeyValuePair.Create("topics", JsonSerializer.SerializeToElement(topics)),
        ]);
        return (fields, title, topics, body.ToString());
    }

    /// <summary>A word drawn by frequency.</summary>
    public string Word()
    {
        var index = Array.BinarySearch(_cumulative, _random.NextDouble());
        return _vocabulary[Math.Min(index < 0 ? ~index : index, _vocabulary.Length - 1)];
    }

    private string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => Word()));

    private string Sentences(int words)
    {
        var text = new StringBuilder();
        while (words > 0)
        {
            var length = Math.Min(words, _random.Next(8, 21));
            text.Append(Capitalize(Words(length))).Append(". ");
            words -= length;
        }

        return text.ToString().TrimEnd();
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
