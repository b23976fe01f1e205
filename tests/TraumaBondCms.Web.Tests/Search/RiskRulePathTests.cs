using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TraumaBondCms.Core.Search;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Recipes;
using TraumaBondCms.Web.Search.RiskRules;
using TraumaBondCms.Web.Tests.Infrastructure;
using static TraumaBondCms.Web.Tests.Search.RiskRuleApi;

namespace TraumaBondCms.Web.Tests.Search;

/// <summary>
/// Every path that can change the risk rules in force, found from the compiled code: the rule book is written only when a
/// recipe's <c>Search</c> step proposes (reached from <c>recipe run</c>, <c>content import</c>, which runs the export as a
/// recipe, and setup) and when a reviewer decides (REST, admin UI); the <c>Settings</c> step, the only other recipe writer of
/// arbitrary settings, refuses the search settings; and another node on the same PostgreSQL follows an approval at once.
/// </summary>
public sealed class RiskRulePathTests
{
    /// <summary>Every entry point from which the call graph reaches the statement that stores the rule book.</summary>
    public static readonly IReadOnlyDictionary<string, string> EntryPoints = new Dictionary<string, string>
    {
        ["CommandLine.RunRecipeAsync"] = "command line",
        ["CmsSetup.RunFirstSetupAsync"] = "setup",
        ["RiskRuleEndpoints.MapRiskRuleEndpoints (lambda)"] = "REST",
        ["RiskRulesModel.DecideAsync"] = "admin UI",
    };

    [Fact]
    public void Should_store_the_rule_book_only_from_a_proposal_or_a_reviewer_decision_reached_from_the_named_entry_points()
    {
        var graph = CallGraph.Of(typeof(Program).Assembly);
        var statement = typeof(RiskRuleStore).GetMethod(nameof(RiskRuleStore.WriteAsync))!;

        var callers = graph.CallersOf(statement);
        var (entries, unnamed) = graph.EntriesAbove("RiskRuleStore.WriteAsync", Governance.PublishPathTests.Surface);
        var settingWriters = graph.CallersOf(typeof(ISiteRepository).GetMethod(nameof(ISiteRepository.SetSettingAsync))!);

        Assert.Equal(["RiskRuleReviewService.DecideAsync", "SearchStep.ProposeAsync"], callers.Order(StringComparer.Ordinal));
        Assert.Empty(unnamed);
        Assert.Equal(EntryPoints.OrderBy(e => e.Key, StringComparer.Ordinal), entries.OrderBy(e => e.Key, StringComparer.Ordinal));
        // Each other writer of settings writes one fixed key of its own, or (the Settings step) refuses the search settings.
        Assert.Equal(
            ["CmsSetup.RunFirstSetupAsync", "LocalizationSettingsStore.WriteAsync", "RiskRuleStore.WriteAsync", "SafetySettingsStore.WriteAsync", "SearchStep.ExecuteAsync", "SettingsStep.ExecuteAsync"],
            settingWriters.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(SearchSettings.SettingKey)]
    [InlineData(RiskRuleBook.SettingKey)]
    public async Task Should_refuse_a_settings_step_that_writes_the_search_settings_or_the_rule_book(string key)
    {
        using var host = new CmsTestHost();
        using var reader = host.Anonymous();
        var recipe = RecipeDocument.Parse($$"""{ "name": "sneaky", "steps": [ { "name": "Settings", "settings": { "{{key}}": { "riskRules": [], "scopes": {} } } } ] }""", "test");

        var error = await Assert.ThrowsAsync<RecipeException>(() => host.Services.GetRequiredService<RecipeRunner>().RunAsync(recipe, CmsActor.Operator("ops")));

        Assert.Contains("changed only by the 'Search' step", error.Message);
        Assert.True(await FlaggedAsync(reader, EndItAllQuery));
    }

    [Fact]
    public async Task Should_keep_in_force_awaiting_a_signature_the_rules_an_installation_stored_before_sign_off_when_a_recipe_runs()
    {
        using var host = new CmsTestHost();
        using var admin = await host.AdminAsync();
        using var reader = host.Anonymous();
        await using (var session = await host.Store.BeginWriteAsync())
        {
            // What an installation from before sign-off holds: rules in the search settings, no rule book.
            await session.Site.SetSettingAsync(SearchSettings.SettingKey, """{ "riskRules": [ "blue moon" ] }""");
            await session.Site.SetSettingAsync(RiskRuleBook.SettingKey, "{}");
            await session.CommitAsync();
        }

        var upgraded = await ScopeAsync(admin);
        await RunSearchStepAsync(host, new { name = "Search", synonyms = new[] { "no contact, NC" } }, CmsActor.Operator("ops"));
        var afterRecipe = await ScopeAsync(admin);

        Assert.True(upgraded.GetProperty("awaitingFirstSignature").GetBoolean());
        Assert.Equal(RiskRuleStore.UpgradeProposer, upgraded.GetProperty("proposed").GetProperty("proposedBy").GetString());
        Assert.Equal(["blue moon"], InForce(afterRecipe));
        Assert.Equal(ProposalId(upgraded), ProposalId(afterRecipe));
        Assert.True(await FlaggedAsync(reader, "once in a blue moon"));
    }

    [Fact]
    public async Task Should_apply_on_another_node_at_once_a_removal_signed_on_the_first_and_a_rule_added_there()
    {
        await using var cluster = await PostgresCluster.StartAsync();
        var (first, second) = (cluster.Nodes[0], cluster.Nodes[1]);
        using var signer = await ReviewerAsync(first, "dr.signer");
        using var readerOnSecond = second.Anonymous();
        await SignAsync(signer, "dr.signer");
        var shipped = InForce(await ScopeAsync(signer));
        await ProposeSiteRulesAsync(first, [.. shipped.Where(r => r != EndItAll), "blue moon"], CmsActor.Operator("ops"));

        var addedOnSecond = await FlaggedAsync(readerOnSecond, "once in a blue moon");
        var removedOnSecondBeforeSigning = !await FlaggedAsync(readerOnSecond, EndItAllQuery);
        await SignAsync(signer, "dr.signer");
        var removedOnSecondAfterSigning = !await FlaggedAsync(readerOnSecond, EndItAllQuery);
        using var adminOnSecond = await second.AdminAsync();
        var seenOnSecond = await ScopeAsync(adminOnSecond);

        Assert.True(addedOnSecond);
        Assert.False(removedOnSecondBeforeSigning);
        Assert.True(removedOnSecondAfterSigning);
        Assert.Equal(2, seenOnSecond.GetProperty("approved").GetProperty("version").GetInt32());
        Assert.True(seenOnSecond.GetProperty("approvedVerified").GetBoolean());
    }
}
