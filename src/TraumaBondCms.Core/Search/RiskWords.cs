namespace TraumaBondCms.Core.Search;

/// <summary>
/// Puts what a person typed into the words risk rules are written in: folded words, contractions spelled out whether the
/// apostrophe was typed or not ("don't", "dont" → "do not"), chat spellings ("wanna" → "want to", "u" → "you") and slang
/// for self-harm ("kms" → "kill myself", "unalive" → "kill"). Thread-safe.
/// </summary>
public static class RiskWords
{
    private static readonly Dictionary<string, string[]> Spelled = new(StringComparer.Ordinal)
    {
        ["dont"] = ["do", "not"],
        ["doesnt"] = ["does", "not"],
        ["didnt"] = ["did", "not"],
        ["cant"] = ["can", "not"],
        ["cannot"] = ["can", "not"],
        ["wont"] = ["will", "not"],
        ["isnt"] = ["is", "not"],
        ["wasnt"] = ["was", "not"],
        ["arent"] = ["are", "not"],
        ["couldnt"] = ["could", "not"],
        ["shouldnt"] = ["should", "not"],
        ["wouldnt"] = ["would", "not"],
        ["havent"] = ["have", "not"],
        ["aint"] = ["am", "not"],
        ["im"] = ["i", "am"],
        ["ive"] = ["i", "have"],
        ["ill"] = ["i", "will"],
        ["wanna"] = ["want", "to"],
        ["gonna"] = ["going", "to"],
        ["gotta"] = ["got", "to"],
        ["tryna"] = ["trying", "to"],
        ["u"] = ["you"],
        ["ur"] = ["your"],
        ["r"] = ["are"],
        ["bf"] = ["boyfriend"],
        ["gf"] = ["girlfriend"],
        ["hubby"] = ["husband"],
        ["kms"] = ["kill", "myself"],
        ["unalive"] = ["kill"],
        ["unaliving"] = ["killing"],
        ["unalived"] = ["killed"],
        ["sewerslide"] = ["suicide"],
        ["suicidal"] = ["suicidal"],
        ["selfharm"] = ["self", "harm"],
        ["od"] = ["overdose"],
        ["myslef"] = ["myself"],
        ["mysef"] = ["myself"],
        ["mself"] = ["myself"],
    };

    // Spanish as it is typed in a hurry or in chat; an infinitive with "me" attached ("matarme") is read as two words.
    private static readonly Dictionary<string, string[]> SpelledSpanish = new(StringComparer.Ordinal)
    {
        ["q"] = ["que"],
        ["k"] = ["que"],
        ["xq"] = ["porque"],
        ["pq"] = ["porque"],
        ["x"] = ["por"],
        ["toy"] = ["estoy"],
        ["kiero"] = ["quiero"],
        ["qiero"] = ["quiero"],
        ["nadien"] = ["nadie"],
    };

    /// <summary>The words of <paramref name="text"/> as risk rules in <paramref name="language"/> (English when null) read them.</summary>
    public static string[] Of(string text, SearchLanguage? language)
    {
        if (language != SearchLanguage.Spanish)
        {
            return Of(text);
        }

        var result = new List<string>();
        foreach (var word in SearchText.FoldedWords(text))
        {
            if (SpelledSpanish.TryGetValue(word, out var spelled))
            {
                result.AddRange(spelled);
            }
            else if (word.Length > 6 && (word.EndsWith("arme", StringComparison.Ordinal) || word.EndsWith("erme", StringComparison.Ordinal) || word.EndsWith("irme", StringComparison.Ordinal)))
            {
                result.AddRange([word[..^2], "me"]);
            }
            else
            {
                result.Add(word);
            }
        }

        return [.. result];
    }

    /// <summary>The words of <paramref name="text"/> as English risk rules read them.</summary>
    public static string[] Of(string text)
    {
        var words = SearchText.FoldedWords(text);
        var result = new List<string>(words.Length + 4);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            // "don't" arrives as "don" + "t", "won't" as "won" + "t", "I'm" as "i" + "m".
            if (i + 1 < words.Length && words[i + 1] == "t" && word.EndsWith('n'))
            {
                result.Add(word switch { "won" => "will", "can" => "can", _ => word[..^1] });
                result.Add("not");
                i++;
            }
            else if (i + 1 < words.Length && word == "i" && words[i + 1] is "m" or "ve" or "ll")
            {
                result.AddRange(["i", words[i + 1] switch { "m" => "am", "ve" => "have", _ => "will" }]);
                i++;
            }
            else if (Spelled.TryGetValue(word, out var spelled))
            {
                result.AddRange(spelled);
            }
            else
            {
                result.Add(word);
            }
        }

        return [.. result];
    }
}
