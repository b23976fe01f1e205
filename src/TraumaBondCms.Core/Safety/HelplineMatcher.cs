using System.Text.RegularExpressions;

namespace TraumaBondCms.Core.Safety;

/// <summary>
/// Matches an item's helpline-looking numbers and links against the channels of the published resources <b>as last
/// verified</b> (<see cref="ResourceSnapshot.ReferenceChannels"/>), never against what a draft or the published text now
/// says: a number equal to a published channel that was never verified is <see cref="MatchOutcome.Unverified"/>. Numbers
/// match when their identifying digits are equal (<see cref="PhoneNumberKey.SameNumberAs"/>); web addresses match when
/// their host is a resource's website or chat host or a subdomain of it. A number of 7 digits or more, or a host of 8
/// characters or more, that is one or two edits (insertions, deletions, substitutions, adjacent transpositions) from a
/// verified channel without matching any is a near miss. A resource's own Phone channels are checked for near misses
/// too (a changed hotline number one digit off its verified value is an error), but may otherwise be new numbers. Links look like a helpline when their text or paragraph speaks of a
/// hotline, helpline, lifeline, crisis line, chat or text line, and always when they are <c>tel:</c> links.
/// </summary>
public static partial class HelplineMatcher
{
    private const int MinHostLengthForNearMiss = 8;

    [GeneratedRegex(@"\b(hotline|helpline|lifeline|crisis|chat|text line|textline|support line|talk to someone)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HelplineWords();

    /// <summary>Every helpline-looking number and link of <paramref name="context"/>'s item, in text order, numbers first.</summary>
    public static IReadOnlyList<ChannelMatch> Match(SafetyCheckContext context)
    {
        var emergency = context.Settings.EmergencyNumbers.Select(PhoneNumberKey.Parse).ToList();
        var phones = context.Numbers.Where(n => n.LooksLikeHelpline)
            .Concat(context.Text.Phones.Select(p => new PhoneCandidate(p.Field, p.Number, PhoneNumberKey.Parse(p.Number), "Phone field")))
            .Concat(context.Text.Links.Where(l => l.Url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
                .Select(l => new PhoneCandidate(l.Field, l.Url[4..], PhoneNumberKey.Parse(l.Url[4..]), "tel: link")));
        var matches = phones.Select(p => MatchPhone(context, p, emergency, own: false)).ToList();
        foreach (var channel in context.OwnChannels.Where(c => c.Phone is not null))
        {
            var candidate = new PhoneCandidate(channel.Field, channel.Value, channel.Phone!.Value, "the resource's own " + channel.Field);
            if (MatchPhone(context, candidate, emergency, own: true) is { Outcome: MatchOutcome.NearMiss } nearMiss)
            {
                matches.Add(nearMiss);
            }
        }

        foreach (var link in context.Text.Links)
        {
            if (WebHosts.Of(link.Url) is { } host && MatchLink(context, link, host) is { } match)
            {
                matches.Add(match);
            }
        }

        return matches;
    }

    private static ChannelMatch MatchPhone(SafetyCheckContext context, PhoneCandidate number, List<PhoneNumberKey> emergency, bool own)
    {
        ChannelMatch Result(MatchOutcome outcome, ResourceSnapshot? resource = null, ResourceChannel? channel = null, int distance = 0) =>
            new(number.Field, number.Text, ChannelKind.Phone, outcome, resource, channel, distance, number.HelplineReason!);

        if (number.Key.CountryCode is null && emergency.Any(e => e.NationalDigits == number.Key.NationalDigits))
        {
            return Result(MatchOutcome.Emergency);
        }

        if (!own && context.OwnChannels.Any(c => c.Phone is { } mine && mine.SameNumberAs(number.Key)))
        {
            return Result(MatchOutcome.Own);
        }

        var channels = context.Resources.SelectMany(r => r.ReferenceChannels.Where(c => c.Phone is not null).Select(c => (Resource: r, Channel: c))).ToList();
        var exact = channels.Where(rc => rc.Channel.Phone!.Value.SameNumberAs(number.Key)).OrderBy(rc => rc.Resource.Status).FirstOrDefault();
        if (exact.Resource is not null)
        {
            return Result(MatchOutcome.Matched, exact.Resource, exact.Channel);
        }

        var unverified = context.Resources.SelectMany(r => r.Channels.Where(c => c.Phone is { } p && p.SameNumberAs(number.Key)).Select(c => (Resource: r, Channel: c))).FirstOrDefault();
        if (unverified.Resource is not null && !own)
        {
            return Result(MatchOutcome.Unverified, unverified.Resource, unverified.Channel);
        }

        if (!number.Key.IsShortCode)
        {
            // Numbers of two different countries are different numbers, however alike their national digits.
            var near = channels.Where(rc => !rc.Channel.Phone!.Value.IsShortCode && !(rc.Channel.Phone.Value.CountryCode is { } code && number.Key.CountryCode is { } other && code != other))
                .Select(rc => (rc.Resource, rc.Channel, Distance: rc.Channel.Phone!.Value.DistanceTo(number.Key)))
                .Where(x => x.Distance is 1 or 2)
                .OrderBy(x => x.Distance).ThenBy(x => x.Resource.Status).ThenBy(x => x.Resource.Name, StringComparer.Ordinal)
                .FirstOrDefault();
            if (near.Resource is not null)
            {
                return Result(MatchOutcome.NearMiss, near.Resource, near.Channel, near.Distance);
            }
        }

        return Result(MatchOutcome.Unknown);
    }

    private static ChannelMatch? MatchLink(SafetyCheckContext context, LinkOccurrence link, string host)
    {
        if (context.OwnChannels.Any(c => c.Host is { } own && WebHosts.IsWithin(host, own)))
        {
            return null;
        }

        var channels = context.Resources.SelectMany(r => r.ReferenceChannels.Where(c => c.Host is not null).Select(c => (Resource: r, Channel: c))).ToList();
        var exact = channels.Where(rc => WebHosts.IsWithin(host, rc.Channel.Host!)).OrderBy(rc => rc.Resource.Status).FirstOrDefault();
        var looksLikeHelpline = HelplineWords().Match((link.Label ?? string.Empty) + "\n" + link.Context);
        var reason = looksLikeHelpline.Success ? $"link near '{looksLikeHelpline.Value.ToLowerInvariant()}'" : "link to a resource's site";
        if (exact.Resource is not null)
        {
            return new ChannelMatch(link.Field, link.Url, ChannelKind.Web, MatchOutcome.Matched, exact.Resource, exact.Channel, 0, reason);
        }

        var unverified = context.Resources.SelectMany(r => r.Channels.Where(c => c.Host is { } h && WebHosts.IsWithin(host, h)).Select(c => (Resource: r, Channel: c))).FirstOrDefault();
        if (unverified.Resource is not null)
        {
            return new ChannelMatch(link.Field, link.Url, ChannelKind.Web, MatchOutcome.Unverified, unverified.Resource, unverified.Channel, 0, reason);
        }

        if (host.Length >= MinHostLengthForNearMiss)
        {
            var near = channels.Select(rc => (rc.Resource, rc.Channel, Distance: EditDistance.Between(host, rc.Channel.Host!)))
                .Where(x => x.Distance is 1 or 2)
                .OrderBy(x => x.Distance).ThenBy(x => x.Resource.Name, StringComparer.Ordinal)
                .FirstOrDefault();
            if (near.Resource is not null)
            {
                return new ChannelMatch(link.Field, link.Url, ChannelKind.Web, MatchOutcome.NearMiss, near.Resource, near.Channel, near.Distance, "address resembling a resource's site");
            }
        }

        return looksLikeHelpline.Success
            ? new ChannelMatch(link.Field, link.Url, ChannelKind.Web, MatchOutcome.Unknown, null, null, 0, reason)
            : null;
    }
}
