using System.Text.Json;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Safety;
using TraumaBondCms.Core.Serialization;
using TraumaBondCms.Core.Tests.Content;
using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Core.Tests.Safety;

public class SafetySettingsValidatorTests
{
    private static readonly ContentDefinitionCatalog Catalog = new(RecipeContentTypes.All);

    [Fact]
    public void Should_accept_the_setup_recipe_rules_when_checked_against_its_types()
    {
        var settings = RecipeSafetyRules();

        var problems = SafetySettingsValidator.Validate(settings, Catalog);

        Assert.Empty(problems);
        Assert.Equal(CheckSeverity.Error, settings.For("Article")!.SeverityOf(SafetyRuleNames.HelplineNearMiss));
    }

    [Fact]
    public void Should_name_each_problem_when_rules_refer_to_missing_fields_and_unknown_rules()
    {
        var faq = new ContentTypeSafetyRules
        {
            ContentType = "Faq",
            Rules = new Dictionary<string, CheckSeverity> { ["spellcheck"] = CheckSeverity.Warning, [SafetyRuleNames.ContentWarning] = CheckSeverity.Error },
            TopicsField = "question",
            RelatedResourcesField = "resources",
        };
        var settings = SafetyFixtures.Settings(faq) with { EmergencyNumbers = ["nine-one-one"] };

        var problems = SafetySettingsValidator.Validate(settings, Catalog);

        Assert.Equal(
            [
                "Emergency number 'nine-one-one' is not a telephone number.",
                "Safety rules of 'Faq': unknown rule 'spellcheck'. Known rules: " + string.Join(", ", SafetyRuleNames.All) + ".",
                "Content type 'Faq': topicsField 'question' must be a Tags field.",
                "Content type 'Faq': relatedResourcesField 'resources' is not a field of the type.",
                "Safety rules of 'Faq': the content-warning rule needs contentWarningField.",
            ],
            problems);
    }

    // The recipe's SafetyRules step, read the way the step reads it.
    private static SafetySettings RecipeSafetyRules()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "recipes", "trauma-bonding-library.recipe.json")))
        {
            directory = directory.Parent;
        }

        using var recipe = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory.FullName, "recipes", "trauma-bonding-library.recipe.json")));
        var step = recipe.RootElement.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "SafetyRules");
        return new SafetySettings
        {
            Resources = step.GetProperty("resources").Deserialize<ResourceSettings>(CmsJson.Options),
            EmergencyNumbers = step.GetProperty("emergencyNumbers").Deserialize<string[]>(CmsJson.Options)!,
            BlockedHosts = step.GetProperty("blockedHosts").Deserialize<string[]>(CmsJson.Options)!,
            RiskTopics = step.GetProperty("riskTopics").Deserialize<RiskTopic[]>(CmsJson.Options)!,
            CrisisFallback = step.GetProperty("crisisFallback").Deserialize<CrisisFallback>(CmsJson.Options)!,
            Types = step.GetProperty("types").Deserialize<ContentTypeSafetyRules[]>(CmsJson.Options)!,
        };
    }
}
