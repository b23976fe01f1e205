using System.Text.RegularExpressions;

namespace TraumaBondCms.Core.Import;

/// <summary>
/// Turns an article pasted as plain text (or simple Markdown) into a draft Article with FAQ drafts: finds the
/// title, headings, lists and FAQs, drops promotion and repeated paragraphs, and escapes the body so it renders
/// without raw HTML. Pure and deterministic: no I/O, no clock, no shared mutable state, so one instance may be
/// used from any number of threads. Time and memory are linear in the text's length.
/// </summary>
/// <remarks>
/// The rules are heuristics tuned on real pasted articles; every non-obvious decision is reported in
/// <see cref="ImportedArticle.Findings"/> so an editor can check it before submitting the draft for review.
/// </remarks>
public sealed partial class PlainTextArticleImporter
{
    /// <summary>Maximum length of the Article's <c>title</c> field.</summary>
    public const int MaxTitleLength = 160;

    /// <summary>Maximum length of the Article's <c>summary</c> field.</summary>
    public const int MaxSummaryLength = 400;

    /// <summary>Maximum length of an FAQ's <c>question</c> field.</summary>
    public const int MaxQuestionLength = 300;

    /// <summary>
    /// Imports <paramref name="text"/> as a draft article. Line endings may be LF, CRLF or CR; paragraphs may be
    /// separated by blank lines or be one per line.
    /// </summary>
    /// <param name="text">The whole pasted text. Must contain something other than white space.</param>
    /// <param name="options">Switches; <c>null</c> means <see cref="ImportOptions.Default"/>.</param>
    /// <returns>The draft; nothing is persisted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException">The options' title is longer than <see cref="MaxTitleLength"/>.</exception>
    /// <exception cref="ImportException">The text is empty, or nothing but a title and promotion.</exception>
    public ImportedArticle Import(string text, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ImportOptions.Default;
        var titleOverride = ValidateTitleOverride(options.Title);
        var findings = new List<ImportFinding>();

        var blocks = ReadBlocks(SplitLines(NormaliseText(text)));
        if (blocks.Count == 0)
        {
            throw new ImportException("The text to import is empty: it contains only white space.");
        }

        MarkPromotional(blocks);
        var titleLine = TakeTitleLine(blocks);
        Classify(blocks, options.DetectFaqs);
        if (options.DropPromotional)
        {
            blocks = RemovePromotional(blocks, findings);
        }

        if (options.CollapseRepeats)
        {
            blocks = CollapseRepeatedParagraphs(blocks, findings);
        }

        var faqs = options.DetectFaqs ? ExtractFaqs(blocks, findings) : [];
        if (!blocks.Exists(b => b.Kind != BlockKind.ThematicBreak) && faqs.Count == 0)
        {
            throw new ImportException("No article text is left to import: after taking the title and removing promotional material, list markers and repeats, nothing remains.");
        }

        ShiftHeadingLevels(blocks);
        ReportCrossReferences(blocks, findings);
        ReportMarkup(blocks, faqs, findings);
        var title = ChooseTitle(titleLine, titleOverride, blocks, faqs, findings);
        return new ImportedArticle(
            title,
            BuildSummary(blocks),
            RenderMarkdown(blocks),
            blocks.FindAll(b => b.Kind == BlockKind.Heading).ConvertAll(b => new ImportedHeading(b.Level, ToPlainText(b.Text))),
            faqs.ConvertAll(f => new ImportedFaq(ToPlainText(f.Question), RenderMarkdown(f.Answer))),
            [.. findings.OrderBy(f => f.Line)]);
    }

    /// <summary>Null or white space means "no override"; line breaks become spaces; longer than the field is the caller's error.</summary>
    private static string? ValidateTitleOverride(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var singleLine = string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return singleLine.Length <= MaxTitleLength ? singleLine
            : throw new ArgumentException($"The title override is {singleLine.Length} characters long; an article title holds at most {MaxTitleLength}.", nameof(title));
    }

    /// <summary>
    /// The options' title wins; then the text's own title line; then the first heading (the seeds without a title
    /// line open with a hook sentence and name the topic in their first heading); then the first sentence.
    /// </summary>
    private static string ChooseTitle(TextBlock? titleLine, string? titleOverride, List<TextBlock> body, List<FaqDraft> faqs, List<ImportFinding> findings)
    {
        if (titleOverride is not null)
        {
            if (titleLine is not null)
            {
                findings.Add(new ImportFinding(ImportFindingKind.TitleOverridden,
                    $"The given title replaced the text's own title “{Shorten(titleLine.Text, 80)}”.", titleLine.Line));
            }

            return titleOverride;
        }

        // A title line of bare Markdown punctuation ("# **") has no text; fall through to a guess.
        if (titleLine is not null && ToPlainText(titleLine.Text) is { Length: > 0 } own)
        {
            return Shorten(own, MaxTitleLength);
        }

        var source = body.Find(b => b.Kind == BlockKind.Heading);
        var guess = source is not null ? ToPlainText(source.Text) : "";
        var origin = "the first heading";
        if (source is null)
        {
            source = body.Find(b => b.Kind is BlockKind.Paragraph or BlockKind.Bullet or BlockKind.OrderedItem);
            guess = source is not null ? FirstSentence(ToPlainText(source.Text)) : ToPlainText(faqs[0].Question);
            origin = source is not null ? "the first sentence" : "the first FAQ question";
        }

        var line = source?.Line ?? faqs[0].Line;
        guess = Shorten(guess, MaxTitleLength);
        findings.Add(new ImportFinding(ImportFindingKind.TitleGuessed,
            $"The text has no title line; the title “{guess}” was taken from {origin} (line {line}).", line));
        return guess;
    }

    /// <summary>Text up to the first sentence end (a question or exclamation mark is kept, a full stop dropped).</summary>
    private static string FirstSentence(string text)
    {
        var end = SentenceEndPattern().Match(text);
        return !end.Success ? text : text[..(end.Value[0] == '.' ? end.Index : end.Index + 1)];
    }

    /// <summary>
    /// Level 1 belongs to the article title. If a Markdown body uses "#" for its sections, every heading moves
    /// down one level so the outline is kept; otherwise levels stay.
    /// </summary>
    private static void ShiftHeadingLevels(List<TextBlock> blocks)
    {
        if (!blocks.Exists(b => b.Kind == BlockKind.Heading && b.Level == 1))
        {
            return;
        }

        foreach (var heading in blocks.FindAll(b => b.Kind == BlockKind.Heading))
        {
            heading.Level = Math.Min(6, heading.Level + 1);
        }
    }

    /// <summary>Reports "read more" lines: they name pages of the source site, which need a real link or removal.</summary>
    private static void ReportCrossReferences(List<TextBlock> blocks, List<ImportFinding> findings)
    {
        foreach (var block in blocks.FindAll(b => b.IsCrossReference))
        {
            findings.Add(new ImportFinding(ImportFindingKind.CrossReferenceFound,
                $"Line {block.Line} points readers to another article (“{Shorten(block.Text, 80)}”); link it or remove it.", block.Line));
        }
    }

    /// <summary>Reports each kept line with HTML-like markup: it will show as literal text, which the editor may not expect.</summary>
    private static void ReportMarkup(List<TextBlock> blocks, List<FaqDraft> faqs, List<ImportFinding> findings)
    {
        foreach (var block in blocks.Concat(faqs.SelectMany(f => f.Answer)))
        {
            var tag = MarkupPattern().Match(block.Text);
            if (tag.Success)
            {
                findings.Add(new ImportFinding(ImportFindingKind.MarkupEscaped,
                    $"Line {block.Line} contains HTML-like markup (“{Shorten(block.Text[tag.Index..], 40)}”); it was escaped and will show as text.", block.Line));
            }
        }
    }

    [GeneratedRegex(@"[.!?？。](?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEndPattern();

    [GeneratedRegex(@"<[A-Za-z!/?]", RegexOptions.CultureInvariant)]
    private static partial Regex MarkupPattern();
}
