using System.Globalization;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace TraumaBondCms.Data.Search.Lucene;

/// <summary>
/// Cuts text into words by the rule every part of search shares (<see cref="Core.Search.SearchText"/>): runs of letters and
/// digits, combining marks kept inside a word; everything else separates words.
/// </summary>
internal sealed class WordTokenizer(LuceneVersion version, TextReader input) : CharTokenizer(version, input)
{
    /// <inheritdoc />
    protected override bool IsTokenChar(int c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
