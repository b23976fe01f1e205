using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TraumaBondCms.Core.Search;
using TraumaBondCms.Core.Serialization;
using TraumaBondCms.Data;

namespace TraumaBondCms.Web.Search.RiskRules;

/// <summary>
/// Reads and writes the <see cref="RiskRuleBook"/> in the site settings, in the caller's session (so every node reads what
/// the database holds in its own snapshot: an approval committed on one node is what the next search reads on every node).
/// Rules stored before sign-off existed (in the <see cref="SearchSettings"/>, for a scope the book does not have) are read
/// as a proposal awaiting a first signature: in force, as they were, until a reviewer signs them.
/// </summary>
public static class RiskRuleStore
{
    /// <summary>Who proposed the rules an installation had before sign-off existed.</summary>
    public const string UpgradeProposer = "upgrade";

    /// <summary>The book as <paramref name="settings"/> (the site settings) hold it.</summary>
    public static RiskRuleBook Read(IReadOnlyDictionary<string, string> settings)
    {
        var book = settings.TryGetValue(RiskRuleBook.SettingKey, out var json)
            ? JsonSerializer.Deserialize<RiskRuleBook>(json, CmsJson.Options) ?? RiskRuleBook.Empty
            : RiskRuleBook.Empty;
        var search = settings.TryGetValue(SearchSettings.SettingKey, out var searchJson)
            ? JsonSerializer.Deserialize<SearchSettings>(searchJson, CmsJson.Options) ?? SearchSettings.Default
            : SearchSettings.Default;
        foreach (var (scope, rules) in LegacyRules(search))
        {
            if (!book.Scopes.ContainsKey(scope) && rules.Count > 0)
            {
                book = book.With(scope, new RiskRuleScope { Proposed = LegacyProposal(rules) });
            }
        }

        return book;
    }

    /// <summary>The book as the session's database holds it.</summary>
    public static async Task<RiskRuleBook> ReadAsync(ISiteRepository site, CancellationToken cancellationToken) =>
        Read(await site.GetSettingsAsync(cancellationToken));

    /// <summary>Stores <paramref name="book"/> in the session.</summary>
    public static Task WriteAsync(ISiteRepository site, RiskRuleBook book, CancellationToken cancellationToken) =>
        site.SetSettingAsync(RiskRuleBook.SettingKey, JsonSerializer.Serialize(book, CmsJson.Options), cancellationToken);

    /// <summary>The rules <paramref name="search"/> itself carries, by scope (the older risk phrases read as site rules).</summary>
    public static IEnumerable<(string Scope, IReadOnlyList<string> Rules)> LegacyRules(SearchSettings search)
    {
        yield return (RiskRuleBook.SiteScope, [.. search.RiskPhrases, .. search.RiskRules]);
        foreach (var (culture, value) in search.Cultures)
        {
            yield return (culture, value.RiskRules);
        }
    }

    // Named by its content, so the same stored rules make the same proposal on every node and every read.
    private static RiskRuleProposal LegacyProposal(IReadOnlyList<string> rules) => new()
    {
        ProposalId = "stored-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', rules))))[..16],
        Rules = rules,
        Baseline = [],
        ProposedBy = UpgradeProposer,
        ProposedUtc = DateTimeOffset.UnixEpoch,
        Source = "rules stored before clinical sign-off of risk rules existed",
    };
}
