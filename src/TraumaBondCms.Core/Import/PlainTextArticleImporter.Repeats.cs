using System.Text;

namespace TraumaBondCms.Core.Import;

// Repeats: copy-paste from web pages often duplicates a block (seed 002 repeats its 17-line intro).
public sealed partial class PlainTextArticleImporter
{
    // Short lines repeated on their own are often rhetoric ("You are not alone." twice); a repeated run this long
    // (about one full sentence) with at least one paragraph is a paste accident.
    private const int MinRepeatedRunLength = 80;

    /// <summary>
    /// Drops each run of consecutive blocks whose text (whitespace-normalised, NFC) already appeared earlier with
    /// the same kind, when the run holds a paragraph and is at least 80 characters long. One hash lookup per block.
    /// </summary>
    private static List<TextBlock> CollapseRepeatedParagraphs(List<TextBlock> blocks, List<ImportFinding> findings)
    {
        var keys = blocks.ConvertAll(ComparisonKey);
        var firstSeenAt = new Dictionary<string, int>(StringComparer.Ordinal);
        var kept = new List<TextBlock>(blocks.Count);
        var i = 0;
        while (i < blocks.Count)
        {
            int end = i, length = 0, originalLine = 0;
            var hasParagraph = false;
            while (end < blocks.Count && keys[end] is { } key && firstSeenAt.TryGetValue(key, out var seenAt))
            {
                originalLine = end == i ? seenAt : originalLine;
                length += blocks[end].Text.Length;
                hasParagraph |= blocks[end].Kind == BlockKind.Paragraph;
                end++;
            }

            if (hasParagraph && length >= MinRepeatedRunLength)
            {
                findings.Add(new ImportFinding(ImportFindingKind.RepeatedParagraphsCollapsed,
                    $"Dropped {Plural(end - i, "repeated paragraph")} (lines {blocks[i].Line}–{blocks[end - 1].Line}) that repeat text first seen at line {originalLine}.",
                    blocks[i].Line));
                i = end;
                continue;
            }

            kept.AddRange(blocks.GetRange(i, end - i));
            if (end < blocks.Count)
            {
                if (keys[end] is { } newKey)
                {
                    firstSeenAt[newKey] = blocks[end].Line;
                }

                kept.Add(blocks[end]);
            }

            i = end + 1;
        }

        return kept;
    }

    /// <summary>Kind plus whitespace-collapsed, NFC-normalised text; null for blocks that are never deduplicated (separators).</summary>
    private static string? ComparisonKey(TextBlock block)
    {
        if (block.Kind is not (BlockKind.Paragraph or BlockKind.Heading or BlockKind.Bullet or BlockKind.OrderedItem))
        {
            return null;
        }

        var sb = new StringBuilder(block.Text.Length + 2).Append((char)('0' + (int)block.Kind)).Append(':');
        var pendingSpace = false;
        foreach (var c in block.Text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
