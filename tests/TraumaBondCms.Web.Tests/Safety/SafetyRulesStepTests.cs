using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Recipes;
using TraumaBondCms.Web.Setup;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Safety;

/// <summary>The <c>SafetyRules</c> recipe step run again on an installed site: checked before stored, and idempotent.</summary>
public sealed class SafetyRulesStepTests(SharedCmsHost shared) : IClassFixture<SharedCmsHost>
{
    private Task RunAsync(string stepJson) =>
        shared.Host.Services.GetRequiredService<RecipeRunner>().RunAsync(
            RecipeDocument.Parse($$"""{ "name": "safety-test", "steps": [ {{stepJson}} ] }""", "test"),
            CmsActor.System);

    [Fact]
    public async Task Should_refuse_the_recipe_naming_each_problem_when_rules_do_not_fit_the_types()
    {
        var run = () => RunAsync("""
            { "name": "SafetyRules", "types": [ { "contentType": "Faq", "rules": { "spellcheck": "warning" }, "relatedResourcesField": "article" } ] }
            """);

        var error = await Assert.ThrowsAsync<RecipeException>(run);

        Assert.Contains("unknown rule 'spellcheck'", error.Message);
        Assert.Contains("relatedResourcesField 'article' cannot pick Resource items", error.Message);
    }

    [Fact]
    public async Task Should_not_repeat_seeded_verifications_when_the_setup_recipe_runs_again()
    {
        var setup = await RecipeDocument.LoadAsync(CmsPaths.ResolveAppFile("recipes/trauma-bonding-library.recipe.json"));

        await shared.Host.Services.GetRequiredService<RecipeRunner>().RunAsync(setup, CmsActor.System);

        using var admin = await shared.Host.AdminAsync();
        var verifications = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync("/api/resources/resource-us-988-lifeline/verifications"));
        Assert.Single(verifications.EnumerateArray());
    }
}
