using System.Text;
using System.Text.RegularExpressions;

namespace TraumaBondCms.Core.Import;

// Promotional material: calls to action, share/follow residue, music promotion, link lists, trailing buttons.
public sealed partial class PlainTextArticleImporter
{
    // Promotion sits in short lines; a longer block is article prose even if it mentions "share" or "follow".
    private const int MaxPromotionalLineLength = 500;

    // A trailing offer ("Need support…? … schedule a free consultation. [Schedule]") is a heading, a few
    // sentences and a button. More paragraphs than this under the heading means it is a real section.
    private const int MaxCallToActionParagraphs = 3;

    private const int MaxButtonLength = 40;

    private static readonly HashSet<string> PromotionalSectionLabels = new(StringComparer.Ordinal)
    {
        "call to action", "share this", "share this article", "share this post", "share this story", "follow us",
        "follow me", "stay connected", "connect with us", "connect with me", "subscribe", "subscribe now",
        "subscribe to our newsletter", "join our newsletter", "newsletter", "support my work", "support us",
        "sponsored", "sponsored content", "advertisement", "shop the post", "shop now",
    };

    // After an emoji these words open a promotion ("🎵 Music", "📱 Follow …"); without one, "Music" may be a real section.
    private static readonly HashSet<string> EmojiPromotionalWords = new(StringComparer.Ordinal)
    {
        "music", "listen", "playlist", "podcast", "follow", "share", "save", "subscribe", "shop", "support", "donate",
        "join", "connect", "stream", "watch", "newsletter",
    };

    private static readonly HashSet<string> ShareButtonLabels = new(StringComparer.Ordinal)
    {
        "share", "share this", "tweet", "pin", "pin it", "print", "email", "e-mail", "copy link", "save", "save this",
    };

    private static readonly HashSet<string> PlatformNames = new(StringComparer.Ordinal)
    {
        "spotify", "apple music", "apple podcasts", "youtube", "youtube music", "audiomack", "soundcloud", "bandcamp",
        "deezer", "tidal", "amazon music", "pandora", "instagram", "tiktok", "facebook", "twitter", "x", "threads",
        "bluesky", "pinterest", "linkedin", "whatsapp", "telegram", "snapchat", "reddit", "patreon", "substack",
        "medium", "tumblr", "twitch", "discord", "email", "e-mail",
    };

    /// <summary>
    /// Flags promotional blocks before anything else looks at them, so they are neither the title nor headings.
    /// Crisis and safety lines (hotlines, phone numbers) are never promotional, whatever they look like.
    /// </summary>
    private static void MarkPromotional(List<TextBlock> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Text.Length <= MaxPromotionalLineLength && block.Kind != BlockKind.ThematicBreak)
            {
                var previous = i > 0 ? blocks[i - 1] : null;
                var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
                var role = IsPromotionalSectionLabel(block.Text) ? PromoRole.SectionStart
                    : IsPromotionalLine(block, previous, next) ? PromoRole.Line : PromoRole.None;
                block.Promo = role != PromoRole.None && IsSafetyContent(block.Text) ? PromoRole.None : role;
            }
        }
    }

    /// <summary>"CALL TO ACTION", "Follow us", or an emoji followed by a promotion word ("🎵 Music"), on a heading-length line.</summary>
    private static bool IsPromotionalSectionLabel(string text)
    {
        if (text.Length > MaxHeadingLength)
        {
            return false;
        }

        var label = NormaliseLabel(text);
        if (PromotionalSectionLabels.Contains(label))
        {
            return true;
        }

        var firstWord = label.Split(' ', 2)[0];
        return StartsWithEmoji(text) && EmojiPromotionalWords.Contains(firstWord);
    }

    /// <summary>
    /// Stray promotion: a lone share button ("Share"), a platform link ("→ Spotify", or a platform name right after
    /// other promotion), an emoji prompt with two or more share/follow verbs, "Follow site.com …", "Follow @x", or
    /// "Follow X:" introducing platform links. A bare platform name elsewhere (a list of apps) and "Follow these
    /// steps:" are content and stay.
    /// </summary>
    private static bool IsPromotionalLine(TextBlock block, TextBlock? previous, TextBlock? next)
    {
        var label = NormaliseLabel(block.Text);
        var introducedByColon = previous is { Promo: PromoRole.None } && previous.Text.EndsWith(':');
        if (ShareButtonLabels.Contains(label) && !introducedByColon)
        {
            return true;
        }

        var platform = PlatformPrefixPattern().Replace(label, "");
        if (PlatformNames.Contains(platform))
        {
            // "Listen on Spotify" is promotion anywhere; a bare "Spotify" only as a link-list item or after other promotion.
            var isLinkMarker = block.ListMarker is "→" or "->" or "➤" or "➢" or "►" or "▶";
            return isLinkMarker || previous is { Promo: not PromoRole.None } || platform.Length != label.Length;
        }

        if (StartsWithEmoji(block.Text) && CountPromptVerbs(block.Text) >= 2)
        {
            return true;
        }

        return label.StartsWith("follow ", StringComparison.Ordinal)
            && (block.Text.Contains('@') || WebAddressPattern().IsMatch(block.Text)
                || (block.Text.EndsWith(':') && next is not null && IsPlatformName(NormaliseLabel(next.Text))));
    }

    private static bool IsPlatformName(string label) => PlatformNames.Contains(PlatformPrefixPattern().Replace(label, ""));

    /// <summary>How many distinct share/follow prompts a line contains ("Save this … Share it … Follow …").</summary>
    private static int CountPromptVerbs(string text)
    {
        var verbs = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in PromptVerbPattern().Matches(text))
        {
            verbs.Add(match.Groups["verb"].Value.ToLowerInvariant());
        }

        return verbs.Count;
    }

    /// <summary>
    /// Lower-cased label without leading emoji, list markers or spaces and without trailing ":", "!", "." —
    /// "📱 Follow Maren Lull:" becomes "follow maren lull".
    /// </summary>
    private static string NormaliseLabel(string text)
    {
        var sb = new StringBuilder(text.Length);
        var leading = true;
        foreach (var rune in text.EnumerateRunes())
        {
            if (leading && (IsEmojiPart(rune) || Rune.IsWhiteSpace(rune) || (rune.IsBmp && (SymbolBulletMarkers.Contains((char)rune.Value) || rune.Value == '-'))))
            {
                continue;
            }

            leading = false;
            sb.Append(Rune.IsWhiteSpace(rune) ? " " : Rune.ToLowerInvariant(rune).ToString());
        }

        return sb.ToString().TrimEnd(' ', ':', '!', '.').Replace("  ", " ", StringComparison.Ordinal);
    }

    /// <summary>Hotlines, crisis lines and phone numbers: content an editor must never lose to a promotion filter.</summary>
    private static bool IsSafetyContent(string text) => SafetyPattern().IsMatch(text);

    /// <summary>
    /// Drops promotional sections (from their label to the next real heading, FAQ line or "Q1:") and runs of
    /// promotional lines, keeping any safety line inside, then a trailing call-to-action. Reports each removal.
    /// </summary>
    private static List<TextBlock> RemovePromotional(List<TextBlock> blocks, List<ImportFinding> findings)
    {
        var kept = new List<TextBlock>(blocks.Count);
        for (var i = 0; i < blocks.Count;)
        {
            var block = blocks[i];
            var end = i + 1;
            if (block.Promo == PromoRole.SectionStart)
            {
                while (end < blocks.Count && !EndsPromotionalSection(blocks[end]))
                {
                    end++;
                }

                KeepSafetyLines(blocks, i + 1, end, block.Text, kept, findings);
                findings.Add(new ImportFinding(ImportFindingKind.PromotionalSectionRemoved,
                    $"Removed the promotional section “{block.Text}” (lines {block.Line}–{blocks[end - 1].Line}).", block.Line));
            }
            else if (block.Promo == PromoRole.Line)
            {
                while (end < blocks.Count && blocks[end].Promo == PromoRole.Line)
                {
                    end++;
                }

                findings.Add(new ImportFinding(ImportFindingKind.PromotionalLinesRemoved,
                    $"Removed {Plural(end - i, "promotional line")}: {QuoteList(blocks, i, end)}.", block.Line));
            }
            else
            {
                kept.Add(block);
            }

            i = end;
        }

        RemoveTrailingCallToAction(kept, findings);
        return kept;
    }

    /// <summary>A promotional section runs until article structure resumes: a real heading, the FAQ line or a "Q1:" question.</summary>
    private static bool EndsPromotionalSection(TextBlock block) =>
        block.Promo == PromoRole.None
        && (block.Kind is BlockKind.Heading or BlockKind.FaqSectionStart || block.Question is { NeedsFaqSection: false });

    private static void KeepSafetyLines(List<TextBlock> blocks, int start, int end, string section, List<TextBlock> kept, List<ImportFinding> findings)
    {
        for (var j = start; j < end; j++)
        {
            if (IsSafetyContent(blocks[j].Text))
            {
                kept.Add(blocks[j]);
                findings.Add(new ImportFinding(ImportFindingKind.SafetyContentKept,
                    $"Kept line {blocks[j].Line} from the promotional section “{section}” because it carries crisis or safety information.", blocks[j].Line));
            }
        }
    }

    /// <summary>
    /// A page's closing offer: the last line is a button label ("Schedule Free Consultation"). When the last
    /// section is a short offer (at most three paragraphs mentioning a consultation, booking, subscription…) the
    /// whole section goes; otherwise only the button line.
    /// </summary>
    private static void RemoveTrailingCallToAction(List<TextBlock> blocks, List<ImportFinding> findings)
    {
        if (blocks.Count == 0 || blocks[^1] is not { Kind: BlockKind.Paragraph } button || !IsCallToActionButton(button.Text))
        {
            return;
        }

        var heading = blocks.FindLastIndex(b => b.Kind == BlockKind.Heading);
        var body = heading < 0 ? [] : blocks.GetRange(heading + 1, blocks.Count - heading - 2);
        var isOfferSection = heading >= 0 && body.Count <= MaxCallToActionParagraphs
            && body.TrueForAll(b => b.Kind == BlockKind.Paragraph && !IsSafetyContent(b.Text))
            && body.Exists(b => OfferPattern().IsMatch(b.Text));
        if (isOfferSection)
        {
            findings.Add(new ImportFinding(ImportFindingKind.PromotionalSectionRemoved,
                $"Removed the closing call to action “{blocks[heading].Text}” ending in the button “{button.Text}” (lines {blocks[heading].Line}–{button.Line}).",
                blocks[heading].Line));
            blocks.RemoveRange(heading, blocks.Count - heading);
        }
        else
        {
            findings.Add(new ImportFinding(ImportFindingKind.PromotionalLinesRemoved,
                $"Removed the trailing button label “{button.Text}”.", button.Line));
            blocks.RemoveAt(blocks.Count - 1);
        }
    }

    /// <summary>A short imperative button label: "Schedule Free Consultation", "Subscribe", "Learn More".</summary>
    private static bool IsCallToActionButton(string text) =>
        text.Length <= MaxButtonLength && IsHeadingShaped(text) && !text.EndsWith('?')
        && ButtonVerbPattern().IsMatch(text) && !IsSafetyContent(text);

    private static string QuoteList(List<TextBlock> blocks, int start, int end)
    {
        const int shown = 3;
        var quoted = blocks.GetRange(start, Math.Min(end - start, shown)).ConvertAll(b => $"“{Shorten(b.Text, 60)}”");
        return string.Join(", ", quoted) + (end - start > shown ? ", …" : "");
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    [GeneratedRegex(@"^(?:(?:listen|stream|follow|watch|find|subscribe|share)(?: (?:us|me|this|it))? (?:on|at|via) )", RegexOptions.CultureInvariant)]
    private static partial Regex PlatformPrefixPattern();

    [GeneratedRegex(@"\b(?<verb>save this|share (?:this|it)|follow|subscribe|repost)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PromptVerbPattern();

    [GeneratedRegex(@"\b[\p{L}\d-]{1,63}\.(?:com|org|net|io|co|me|fm|app|tv|uk)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WebAddressPattern();

    [GeneratedRegex(@"\b(?:hotline|helpline|lifeline|crisis|emergency|emergencies|suicid\w*|samaritans|self-harm|988|911|999|112|116 ?123)\b|(?:\+?1[-. ]?)?\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SafetyPattern();

    [GeneratedRegex(@"\b(?:schedul\w*|book\w*|sign up|subscri\w*|consultation|free (?:trial|session|call|guide|download|e-?book|webinar)|enrol\w*|register\w*|discount|coupon|purchase|our (?:services|programs?|courses?|newsletter|practice|clinic))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfferPattern();

    [GeneratedRegex(@"^(?:schedule|book|subscribe|download|buy|shop|order|donate|register|enrol+|claim|sign up|contact us|learn more|read more|get started|get (?:your|my) free|apply now|join (?:now|today|us|our|the)|listen (?:now|on)|follow us|share this)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ButtonVerbPattern();
}
