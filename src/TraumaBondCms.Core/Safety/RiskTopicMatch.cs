namespace TraumaBondCms.Core.Safety;

/// <summary>A risk topic an item touches, and how: by a tag, or by mentioning one of its keywords.</summary>
/// <param name="Topic">The risk topic.</param>
/// <param name="Tag">The tag that marks it; null when it is only mentioned.</param>
/// <param name="Keyword">The first keyword found in the text; null when it is only tagged.</param>
public sealed record RiskTopicMatch(RiskTopic Topic, string? Tag, string? Keyword)
{
    /// <summary>"is tagged 'abuse'" or "mentions 'domestic violence'".</summary>
    public string Describe() => Tag is not null ? $"is tagged '{Tag}'" : $"mentions '{Keyword}'";

    /// <summary>The risk topics <paramref name="context"/>'s item is tagged with or mentions, in configuration order.</summary>
    public static IReadOnlyList<RiskTopicMatch> Find(SafetyCheckContext context)
    {
        var tags = context.Rules.TopicsField is { } topicsField ? context.Item.Fields.GetStrings(topicsField) : [];
        var text = context.Text.PlainText();
        var found = new List<RiskTopicMatch>();
        foreach (var topic in context.Settings.RiskTopics)
        {
            var tag = topic.Tags.FirstOrDefault(t => tags.Contains(t, StringComparer.Ordinal));
            var keyword = topic.Keywords.FirstOrDefault(k => System.Text.RegularExpressions.Regex.IsMatch(
                text,
                $@"(?<![\p{{L}}\p{{N}}]){System.Text.RegularExpressions.Regex.Escape(k)}(?![\p{{L}}\p{{N}}])",
                System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant,
                TimeSpan.FromSeconds(1)));
            if (tag is not null || keyword is not null)
            {
                found.Add(new RiskTopicMatch(topic, tag, keyword));
            }
        }

        return found;
    }
}
