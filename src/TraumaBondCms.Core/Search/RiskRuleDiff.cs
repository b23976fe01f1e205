namespace TraumaBondCms.Core.Search;

/// <summary>
/// What a proposal changes in a scope's rules: rules added, rules removed, and rules changed (a removed rule paired with the
/// added rule that shares most of its words, at least half). Immutable.
/// </summary>
/// <param name="Added">Rules that are new (not a rewording of a removed one).</param>
/// <param name="Removed">Rules that go (not reworded into an added one).</param>
/// <param name="Changed">Rules reworded: the rule before and after.</param>
/// <param name="Unchanged">How many rules stay as they are.</param>
public sealed record RiskRuleDiff(IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<RiskRuleChange> Changed, int Unchanged)
{
    /// <summary>True when the proposal takes nothing away: every rule before is still there, word for word.</summary>
    public bool OnlyAdds => Removed.Count == 0 && Changed.Count == 0;

    /// <summary>The difference from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public static RiskRuleDiff Between(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var kept = before.Intersect(after, StringComparer.Ordinal).Count();
        var removed = before.Except(after, StringComparer.Ordinal).ToList();
        var added = after.Except(before, StringComparer.Ordinal).ToList();
        var changed = new List<RiskRuleChange>();
        foreach (var old in removed.ToList())
        {
            var best = added.Select(a => (Rule: a, Overlap: Overlap(old, a))).Where(x => x.Overlap >= 0.5).OrderByDescending(x => x.Overlap).FirstOrDefault();
            if (best.Rule is not null)
            {
                changed.Add(new RiskRuleChange(old, best.Rule));
                removed.Remove(old);
                added.Remove(best.Rule);
            }
        }

        return new RiskRuleDiff(added, removed, changed, kept);
    }

    // The share of words the two rules have in common (Jaccard over their words, alternatives split apart).
    private static double Overlap(string a, string b)
    {
        var x = Words(a);
        var y = Words(b);
        var union = x.Union(y).Count();
        return union == 0 ? 0 : (double)x.Intersect(y).Count() / union;
    }

    private static HashSet<string> Words(string rule) =>
        rule.Split([' ', '|', '(', ')', '"', '?', '*'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
}
