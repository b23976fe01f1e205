using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Core.Safety;

/// <summary>
/// <c>raw-html</c>: text must not contain raw HTML. Readers never get it rendered (it shows as literal text), so it is
/// either a paste accident or an attempt at markup Markdown should express.
/// </summary>
internal sealed class RawHtmlRule : ISafetyRule
{
    /// <inheritdoc />
    public string Name => SafetyRuleNames.RawHtml;

    /// <inheritdoc />
    public IEnumerable<CheckFinding> Check(SafetyCheckContext context, CheckSeverity severity) =>
        context.Text.RawHtml.GroupBy(h => h.Field).Select(g =>
        {
            var pieces = g.Select(h => h.Html).Distinct(StringComparer.Ordinal).ToList();
            var shown = string.Join(", ", pieces.Take(3)) + (pieces.Count > 3 ? $" and {pieces.Count - 3} more" : string.Empty);
            return new CheckFinding(Name, severity, $"Raw HTML in '{g.Key}' ({shown}) would show as literal text: remove it or use Markdown instead.", g.Key);
        });
}
