namespace TraumaBondCms.Core.Safety;

/// <summary>A helpline-looking number or link in an item, and what it matched.</summary>
/// <param name="Field">The field it was found in.</param>
/// <param name="Found">The number or URL as written.</param>
/// <param name="Kind">Phone or web.</param>
/// <param name="Outcome">What it matched.</param>
/// <param name="Resource">The resource matched or resembled; null for unknown, emergency and own channels.</param>
/// <param name="Channel">The resource's channel matched or resembled; null when <paramref name="Resource"/> is.</param>
/// <param name="Distance">Edits between what was found and the channel (0 for an exact match).</param>
/// <param name="Reason">Why it looks like a helpline.</param>
public sealed record ChannelMatch(string Field, string Found, ChannelKind Kind, MatchOutcome Outcome, ResourceSnapshot? Resource, ResourceChannel? Channel, int Distance, string Reason);
