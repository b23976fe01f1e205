namespace TraumaBondCms.Core.Safety;

/// <summary>
/// A risk topic (abuse, violence, self-harm, suicide): content tagged with one of <see cref="Tags"/>, or mentioning
/// one of <see cref="Keywords"/>, must point readers to a crisis Resource; tagged content must carry a content warning.
/// </summary>
/// <param name="Name">The topic's name in findings, e.g. <c>abuse</c>.</param>
/// <param name="Tags">Topic slugs that mark content as about this topic.</param>
/// <param name="Keywords">Words or phrases (matched as whole words, ignoring case) that mention the topic; empty for tags only.</param>
public sealed record RiskTopic(string Name, IReadOnlyList<string> Tags, IReadOnlyList<string> Keywords);
