using System.Globalization;
using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Core.Safety;

/// <summary>
/// <c>readability</c>: the Flesch reading ease and Flesch-Kincaid grade of the type's readability fields must meet its
/// target. Texts shorter than the target's minimum word count are scored but not judged.
/// </summary>
internal sealed class ReadabilityRule : ISafetyRule
{
    /// <inheritdoc />
    public string Name => SafetyRuleNames.Readability;

    /// <inheritdoc />
    public IEnumerable<CheckFinding> Check(SafetyCheckContext context, CheckSeverity severity)
    {
        if (context.Rules.Readability is not { } target || context.Readability is not { } score || score.Words < target.MinWords)
        {
            yield break;
        }

        var problems = new List<string>();
        if (target.MinReadingEase is { } minEase && score.ReadingEase < minEase)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"reading ease is {score.ReadingEase:0.0}, below the target of {minEase:0.#}"));
        }

        if (target.MaxGrade is { } maxGrade && score.Grade > maxGrade)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"grade level is {score.Grade:0.0}, above the target of {maxGrade:0.#}"));
        }

        if (problems.Count > 0)
        {
            yield return new CheckFinding(
                Name,
                severity,
                string.Create(CultureInfo.InvariantCulture, $"The text is hard to read: {string.Join(" and ", problems)} ({score.Words} words in {score.Sentences} sentences, {(double)score.Words / score.Sentences:0.0} words per sentence). Shorter sentences and plainer words help."),
                target.Fields.Count == 1 ? target.Fields[0] : null);
        }
    }
}
