namespace TraumaBondCms.Core.Search;

/// <summary>
/// Recognizes searches that suggest the person may be in danger, by rules clinicians edit in the <c>Search</c> recipe step.
/// A rule is a sequence of slots separated by spaces; a slot is a word, alternatives joined by <c>|</c> or <c>/</c>
/// (brackets optional: <c>(he|she|they)</c>), a prefix (<c>suicid*</c>), or optional when it ends with <c>?</c>. Words
/// compare by stem in the rules' language (<c>hits</c>, <c>hitting</c> match <c>hit</c>; <c>pega</c>, <c>pegó</c> match
/// <c>pegar</c>'s stem) and, from five letters, one typo (two from
/// eight); up to <see cref="MaxGap"/> other words may come between two slots ("he always hits me"), none when the rule
/// is quoted, and never a negation ("he never hit me" is not "he hit me"). The query is first read by <see cref="RiskWords"/> (contractions, chat spellings, slang). Rules such as
/// "not want to be? alive|live" or "(he|she|partner) hit|hurt|choke me" thus catch paraphrases without listing each.
/// Immutable and thread-safe.
/// </summary>
public sealed class RiskRuleMatcher
{
    /// <summary>The most words allowed between two slots of an unquoted rule.</summary>
    public const int MaxGap = 2;

    private readonly Rule[] _rules;
    private readonly SearchLanguage _language;

    private RiskRuleMatcher(Rule[] rules, SearchLanguage language)
    {
        _rules = rules;
        _language = language;
    }

    /// <summary>Matches nothing.</summary>
    public static RiskRuleMatcher None { get; } = new([], SearchLanguage.English);

    /// <summary>The language the rules are written in.</summary>
    public SearchLanguage Language => _language;

    /// <summary>The number of usable rules.</summary>
    public int Count => _rules.Length;

    /// <summary>
    /// Builds a matcher of rules written in <paramref name="language"/> (English when null): its stems, negations and the way
    /// people type it; rules without words are ignored (<see cref="Problem"/> says why a rule is unusable).
    /// </summary>
    public static RiskRuleMatcher From(IEnumerable<string> rules, SearchLanguage? language = null)
    {
        var lang = language ?? SearchLanguage.English;
        return new([.. rules.Select(r => Parse(r, lang)).OfType<Rule>()], lang);
    }

    /// <summary>Why <paramref name="rule"/> cannot be used in <paramref name="language"/> (English when null); null when it can.</summary>
    public static string? Problem(string rule, SearchLanguage? language = null) =>
        Parse(rule, language ?? SearchLanguage.English) is null ? "it has no words" : null;

    /// <summary>True when <paramref name="query"/> matches one of the rules.</summary>
    public bool Matches(string query)
    {
        if (_rules.Length == 0)
        {
            return false;
        }

        var words = RiskWords.Of(query.Length <= SearchQueryParser.MaxInputLength * 4 ? query : query[..(SearchQueryParser.MaxInputLength * 4)], _language);
        var stems = words.Select(_language.Stem).ToArray();
        return _rules.Any(rule => Enumerable.Range(0, words.Length).Any(start => MatchesFrom(rule, 0, words, stems, start, first: true)));
    }

    // Slot `slot` of the rule, at query word `at` or, after the first slot, up to the rule's gap later.
    private bool MatchesFrom(Rule rule, int slot, string[] words, string[] stems, int at, bool first)
    {
        if (slot == rule.Slots.Length)
        {
            return true;
        }

        var current = rule.Slots[slot];
        if (current.Optional && MatchesFrom(rule, slot + 1, words, stems, at, first))
        {
            return true;
        }

        // "nunca me golpeó": where negations come before the verb group, one just before a rule's start negates it.
        if (first && at > 0 && _language.NegationBeforeVerb && _language.Negations.Contains(words[at - 1]))
        {
            return false;
        }

        var reach = first ? 0 : rule.Gap;
        for (var i = at; i < words.Length && i <= at + reach; i++)
        {
            if (current.Accepts(words[i], stems[i]) && MatchesFrom(rule, slot + 1, words, stems, i + 1, first: false))
            {
                return true;
            }

            // A word skipped between two slots must not negate what follows.
            if (!first && _language.Negations.Contains(words[i]))
            {
                return false;
            }
        }

        return false;
    }

    private static Rule? Parse(string text, SearchLanguage language)
    {
        var trimmed = text.Trim();
        var exact = trimmed.Length > 1 && trimmed[0] == '"' && trimmed[^1] == '"';
        var slots = new List<Slot>();
        foreach (var part in trimmed.Trim('"').Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var optional = part.EndsWith('?');
            var options = part.TrimEnd('?').Trim('(', ')').Split('|', '/')
                .Select(o => (Prefix: o.EndsWith('*'), Words: RiskWords.Of(o, language)))
                .Where(o => o.Words.Length > 0)
                .ToArray();
            // An option that reads as several words ("dont", "kms") becomes those words in a row.
            foreach (var (index, words) in options.Length == 1 && options[0].Words.Length > 1 ? options[0].Words.Index() : [])
            {
                slots.Add(new Slot([new Option(words, language.Stem(words), false)], optional));
            }

            if (options.Length > 1 || (options.Length == 1 && options[0].Words.Length == 1))
            {
                slots.Add(new Slot([.. options.Select(o => new Option(o.Words[0], language.Stem(o.Words[0]), o.Prefix))], optional));
            }
        }

        return slots.Any(s => !s.Optional) ? new Rule([.. slots], exact ? 0 : MaxGap) : null;
    }

    private sealed record Rule(Slot[] Slots, int Gap);

    private sealed record Slot(Option[] Options, bool Optional)
    {
        public bool Accepts(string word, string stem) => Options.Any(o => o.Accepts(word, stem));
    }

    private sealed record Option(string Word, string Stem, bool Prefix)
    {
        public bool Accepts(string word, string stem)
        {
            if (Prefix)
            {
                // A typo in the beginning too ("sucide" for suicid*), from five letters.
                return word.StartsWith(Word, StringComparison.Ordinal)
                    || (Word.Length >= 5 && word.Length >= Word.Length - 1 && word[0] == Word[0]
                        && Enumerable.Range(Word.Length - 1, 3).Any(k => k <= word.Length && Edits.Distance(word[..k], Word) <= 1));
            }

            if (stem == Stem || word == Word)
            {
                return true;
            }

            // A typo: one edit from five letters, two from eight, never for short words ("hit" is not "hat").
            var allowed = Word.Length >= 8 ? 2 : Word.Length >= 5 ? 1 : 0;
            return allowed > 0 && Math.Abs(word.Length - Word.Length) <= allowed && word[0] == Word[0] && Edits.Distance(word, Word) <= allowed;
        }
    }
}
